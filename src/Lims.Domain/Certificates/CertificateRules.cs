using Lims.Domain.Intake;
using Lims.Domain.Measurements;
using Lims.Domain.Numbering;

namespace Lims.Domain.Certificates;

/// <summary>Rule 4: which certificate a finished job gets, and how long a verification is valid.</summary>
public static class CertificateRules
{
    public static CertificateKind KindFor(ServiceKind service, OverallConclusion conclusion) => service switch
    {
        ServiceKind.Verification => conclusion == OverallConclusion.Pass ? CertificateKind.VerificationCertificate : CertificateKind.VerificationResultNotice,
        _ => CertificateKind.CalibrationCertificate,
    };

    /// <summary>有效期至 = performedOn + interval − 1 day; only a verification certificate has one.</summary>
    public static DateOnly? ValidUntil(CertificateKind kind, DateOnly performedOn, int intervalMonths) =>
        kind == CertificateKind.VerificationCertificate ? performedOn.AddMonths(intervalMonths).AddDays(-1) : null;

    public static NumberKind NumberKindFor(CertificateKind kind) => kind switch
    {
        CertificateKind.VerificationCertificate => NumberKind.VerificationCertificate,
        CertificateKind.VerificationResultNotice => NumberKind.VerificationResultNotice,
        _ => NumberKind.CalibrationCertificate,
    };
}
