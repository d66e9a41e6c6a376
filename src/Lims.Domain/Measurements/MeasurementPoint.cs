namespace Lims.Domain.Measurements;

/// <summary>
/// The input for one measurement point: readings r₁…rₙ taken at the nominal (reference) value x₀.
/// </summary>
/// <param name="Quantity">What is measured, e.g. "mass"; names the point in messages.</param>
/// <param name="Unit">Unit of the nominal value, readings, MPE and every absolute uncertainty component.</param>
/// <param name="Nominal">x₀, the value of the standard.</param>
/// <param name="Readings">The indications, at least one.</param>
/// <param name="Mpe">The maximum permissible errors; <c>null</c> when none applies (calibration only).</param>
/// <param name="TypeBComponents">The Type B inputs; the Type A one is computed from the readings.</param>
public sealed record MeasurementPoint(
    string Quantity,
    string Unit,
    decimal Nominal,
    IReadOnlyList<decimal> Readings,
    Tolerance? Mpe,
    IReadOnlyList<UncertaintyComponent> TypeBComponents)
{
    /// <summary>At most one pair of correlated components (JCGM 100 5.2).</summary>
    public Correlation? Correlation { get; init; }
}
