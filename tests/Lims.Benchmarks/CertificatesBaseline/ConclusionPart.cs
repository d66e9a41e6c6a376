using Lims.Application.Abstractions.Certificates;
using Lims.Domain.Certificates;

namespace Lims.Benchmarks.CertificatesBaseline;

/// <summary>Decision rule, conclusion, the validity of a verification certificate or a recommended recalibration date, remarks.</summary>
internal static class ConclusionPart
{
    public static void Draw(CertificateCanvas canvas, CertificateDocument document)
    {
        SectionTitle.Draw(canvas, Labels.DecisionAndConclusion);
        List<Field[]> rows =
        [
            [new Field(Labels.DecisionRule, document.DecisionRule ?? "")],
            [new Field(Labels.Conclusion, document.Conclusion, Strong: true)],
        ];
        if (document.Kind == CertificateKind.VerificationCertificate && document.ValidUntil is { } validUntil)
        {
            rows.Add([new Field(Labels.ValidUntil, Formats.Date(validUntil), Strong: true)]);
        }

        if (document.RecommendedRecalibrationOn is { } recalibration)
        {
            rows.Add([new Field(Labels.Recalibration, Formats.Date(recalibration))]);
        }

        if (!string.IsNullOrWhiteSpace(document.Remarks))
        {
            rows.Add([new Field(Labels.Remarks, document.Remarks)]);
        }

        FieldGrid.Draw(canvas, rows);
    }
}
