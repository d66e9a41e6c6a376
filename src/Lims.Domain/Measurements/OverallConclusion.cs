namespace Lims.Domain.Measurements;

/// <summary>The conclusion over all points and test items of one measurement.</summary>
public enum OverallConclusion
{
    Pass,
    Fail,

    /// <summary>Calibration, guard-banded: some point is conditional and none fails.</summary>
    Conditional,

    /// <summary>Calibration where no point has an MPE: no conformity is stated.</summary>
    NotStated,

    /// <summary>Verification: some point is undetermined and none fails; the work cannot be approved.</summary>
    Undetermined,
}
