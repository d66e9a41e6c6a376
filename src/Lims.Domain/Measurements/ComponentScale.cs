namespace Lims.Domain.Measurements;

/// <summary>Whether a component's value is in the point's unit or relative to the reading.</summary>
public enum ComponentScale
{
    /// <summary>In the unit of the point.</summary>
    Absolute,

    /// <summary>Percent of the mean reading: u = value/100 · |r̄|.</summary>
    Percent,

    /// <summary>Parts per million of the mean reading: u = value/10⁶ · |r̄|.</summary>
    PartsPerMillion,
}
