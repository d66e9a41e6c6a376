using Lims.Application.Abstractions.Certificates;
using Lims.Domain.Certificates;

namespace Lims.Benchmarks.CertificatesBaseline;

/// <summary>Refuses documents whose dates contradict their kind (domain rules 4 and 9) rather than printing them.</summary>
internal static class CertificateDocumentCheck
{
    public static void ThrowIfInconsistent(CertificateDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var verification = document.Kind == CertificateKind.VerificationCertificate;
        if (verification != document.ValidUntil.HasValue)
        {
            throw new ArgumentException(
                verification ? "A verification certificate states its valid-until date." : $"A {document.Kind} has no valid-until date.",
                nameof(document));
        }

        if (document.RecommendedRecalibrationOn.HasValue && document.Kind != CertificateKind.CalibrationCertificate)
        {
            throw new ArgumentException("Only a calibration certificate recommends a recalibration date.", nameof(document));
        }

        if (document.Results.Count == 0)
        {
            throw new ArgumentException("A certificate reports at least one result.", nameof(document));
        }
    }
}
