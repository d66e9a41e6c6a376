using Lims.Domain.Certificates;

namespace Lims.Infrastructure.Certificates;

/// <summary>The words that differ between the three kinds of certificate.</summary>
internal sealed record KindWording(
    BilingualLabel Title,
    BilingualLabel Procedure,
    BilingualLabel PerformedOn,
    BilingualLabel Results,
    BilingualLabel Performer,
    BilingualLabel TestItems,
    BilingualLabel Seal)
{
    private static readonly KindWording _verification = new(
        new("检定证书", "Verification Certificate"),
        new("检定依据", "Verification regulation"),
        new("检定日期", "Date of verification"),
        new("检定结果", "Verification results"),
        new("检定员", "Verified by"),
        new("检定项目", "Test items"),
        new("检定专用章", "Seal of the laboratory"));

    private static readonly KindWording _notice = _verification with { Title = new("检定结果通知书", "Verification Result Notice") };

    private static readonly KindWording _calibration = new(
        new("校准证书", "Calibration Certificate"),
        new("校准依据", "Calibration specification"),
        new("校准日期", "Date of calibration"),
        new("校准结果", "Calibration results"),
        new("校准员", "Calibrated by"),
        new("校准项目", "Calibration items"),
        new("校准专用章", "Seal of the laboratory"));

    public static KindWording For(CertificateKind kind) => kind switch
    {
        CertificateKind.VerificationCertificate => _verification,
        CertificateKind.VerificationResultNotice => _notice,
        CertificateKind.CalibrationCertificate => _calibration,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown certificate kind."),
    };
}
