namespace Lims.Domain.Standards;

/// <summary>What the upstream calibration certificate says about conformity with the equipment's specification.</summary>
public enum CalibrationConformity
{
    Pass,
    Fail,

    /// <summary>A calibration certificate without a conformity statement (校准证书 often gives results only).</summary>
    NotStated,
}
