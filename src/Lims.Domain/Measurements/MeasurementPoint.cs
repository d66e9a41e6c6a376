namespace Lims.Domain.Measurements;

/// <summary>
/// The input for one measurement point: readings r₁…rₙ taken at the nominal (reference) value x₀.
/// </summary>
/// <param name="Quantity">What is measured, e.g. "mass"; names the point in messages.</param>
/// <param name="Unit">Unit of the nominal value, readings, MPE and every uncertainty component.</param>
/// <param name="Nominal">x₀, the value of the standard.</param>
/// <param name="Readings">The indications, at least one.</param>
/// <param name="Mpe">Maximum permissible error (the positive half-width ±MPE); <c>null</c> when none applies (calibration only).</param>
/// <param name="TypeBComponents">Type B standard uncertainty components; the Type A one is computed from the readings.</param>
public sealed record MeasurementPoint(
    string Quantity,
    string Unit,
    decimal Nominal,
    IReadOnlyList<decimal> Readings,
    decimal? Mpe,
    IReadOnlyList<UncertaintyComponent> TypeBComponents);
