using Lims.Domain.Common;
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

    /// <summary>
    /// Rule 3: a verification with an undetermined point (JJF 1094: E between MPE − U and MPE + U)
    /// is recorded but cannot be signed until the point is measured again with a better method.
    /// </summary>
    public static void EnsureConformityDetermined(string workOrderNumber, OverallConclusion? conclusion)
    {
        if (conclusion == OverallConclusion.Undetermined)
        {
            throw new DomainRuleException(
                "undetermined-conformity",
                $"Work order {workOrderNumber} has a point whose conformity is undetermined (its error lies between MPE − U and MPE + U, JJF 1094). Measure it again with a more accurate standard or method before approval.");
        }
    }
}
