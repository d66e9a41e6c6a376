namespace Lims.Domain.Measurements;

/// <summary>The conclusion over all points of one measurement.</summary>
public enum OverallConclusion
{
    Pass,
    Fail,
    Conditional,

    /// <summary>Calibration where no point has an MPE: no conformity is stated.</summary>
    NotStated,
}
