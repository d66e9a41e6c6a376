using Lims.Application.Abstractions.Certificates;
using Lims.Domain.Certificates;

namespace Lims.Infrastructure.Certificates;

/// <summary>On the cover: the conclusion, and the validity of a verification certificate or a recommended recalibration date.</summary>
internal static class ConclusionPart
{
    public static void Draw(CertificateCanvas canvas, CertificateDocument document)
    {
        canvas.Y += 6;
        List<Field[]> rows = [[new Field(Labels.Conclusion, document.Conclusion, Strong: true)]];
        if (document.Kind == CertificateKind.VerificationCertificate && document.ValidUntil is { } validUntil)
        {
            rows.Add([new Field(Labels.ValidUntil, Formats.Date(validUntil), Strong: true)]);
        }

        if (document.RecommendedRecalibrationOn is { } recalibration)
        {
            rows.Add([new Field(Labels.Recalibration, Formats.Date(recalibration))]);
        }

        FieldGrid.Draw(canvas, rows);
    }
}
