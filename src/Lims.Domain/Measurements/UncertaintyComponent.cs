namespace Lims.Domain.Measurements;

/// <summary>
/// One Type B input of the uncertainty budget as the budget states it (rule 2): a value with its
/// distribution, absolute or relative to the reading, a sensitivity coefficient c and degrees of
/// freedom. Its standard uncertainty is u = value / divisor (× |r̄| when relative) and its
/// contribution to u_c is c·u.
/// </summary>
/// <param name="Name">What it comes from, as printed in the uncertainty budget.</param>
/// <param name="Value">The standard uncertainty, half-width or expanded uncertainty, as <see cref="Distribution"/> says; zero or positive.</param>
/// <param name="DegreesOfFreedom">νᵢ, positive and finite; <c>null</c> means infinite.</param>
public sealed record UncertaintyComponent(string Name, double Value, double? DegreesOfFreedom)
{
    private static readonly double _sqrt3 = Math.Sqrt(3.0);
    private static readonly double _sqrt6 = Math.Sqrt(6.0);
    private static readonly double _sqrt2 = Math.Sqrt(2.0);

    public Distribution Distribution { get; init; } = Distribution.Standard;

    /// <summary>k of a <see cref="Distribution.Normal"/> value, e.g. 2 from a calibration certificate; ignored otherwise.</summary>
    public double CoverageFactor { get; init; } = 2.0;

    /// <summary>c = ∂f/∂xᵢ in the point's unit per unit of the input; may be negative.</summary>
    public double SensitivityCoefficient { get; init; } = 1.0;

    public ComponentScale Scale { get; init; } = ComponentScale.Absolute;

    /// <summary>1, k, √3, √6 or √2.</summary>
    public double Divisor => Distribution switch
    {
        Distribution.Normal => CoverageFactor,
        Distribution.Rectangular => _sqrt3,
        Distribution.Triangular => _sqrt6,
        Distribution.UShaped => _sqrt2,
        _ => 1.0,
    };

    /// <summary>u(xᵢ) for a point whose mean reading is <paramref name="meanReading"/>.</summary>
    public double StandardUncertainty(decimal meanReading)
    {
        var u = Value / Divisor;
        return Scale switch
        {
            ComponentScale.Percent => u / 100.0 * Math.Abs((double)meanReading),
            ComponentScale.PartsPerMillion => u / 1e6 * Math.Abs((double)meanReading),
            _ => u,
        };
    }

    /// <summary>cᵢ·u(xᵢ), signed: what the component adds to the combined uncertainty.</summary>
    public double Contribution(decimal meanReading) => SensitivityCoefficient * StandardUncertainty(meanReading);
}
