namespace Lims.Domain.Intake;

public enum ServiceKind
{
    /// <summary>检定: a legal verdict against a JJG regulation.</summary>
    Verification,

    /// <summary>校准: results with uncertainty, no legal verdict.</summary>
    Calibration,
}
