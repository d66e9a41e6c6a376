namespace Lims.Domain.Measurements;

/// <summary>Why the instrument was measured: a legal verification (检定) or a calibration (校准).</summary>
public enum MeasurementPurpose
{
    Verification,
    Calibration,
}
