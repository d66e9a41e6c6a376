namespace Lims.Domain.Measurements;

/// <summary>The verdict at one measurement point; a point without an MPE has none (<c>null</c>).</summary>
public enum PointVerdict
{
    Pass,
    Fail,

    /// <summary>Guard-banded only: |E| lies within U of the limit, so conformity cannot be stated.</summary>
    Conditional,
}
