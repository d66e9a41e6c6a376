namespace Lims.Domain.Measurements;

/// <summary>
/// How a Type B value is turned into a standard uncertainty (JJF 1059.1 4.3.3, JCGM 100 4.3):
/// the value is divided by the distribution's divisor.
/// </summary>
public enum Distribution
{
    /// <summary>The value is already a standard uncertainty (divisor 1).</summary>
    Standard,

    /// <summary>An expanded uncertainty U with its coverage factor k, e.g. from a calibration certificate (divisor k).</summary>
    Normal,

    /// <summary>A half-width a of equal probability, e.g. a resolution's d/2 (divisor √3).</summary>
    Rectangular,

    /// <summary>A half-width a, values near the centre more likely (divisor √6).</summary>
    Triangular,

    /// <summary>A half-width a, values near the limits more likely, e.g. a sinusoidal temperature (divisor √2).</summary>
    UShaped,
}
