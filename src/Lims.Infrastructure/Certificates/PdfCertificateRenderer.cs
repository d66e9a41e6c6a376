using Lims.Application.Abstractions.Certificates;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// Renders certificates straight to PDF (<see cref="PdfPages"/>, own writer and font subsets): header, identification, environment, equipment and
/// traceability, results, conclusion and signatures flow down A4 pages; the footers are drawn last,
/// when the page count is known. Stateless and thread-safe: every call builds its own document.
/// </summary>
public sealed class PdfCertificateRenderer : ICertificateRenderer
{
    public byte[] Render(CertificateDocument document)
    {
        CertificateDocumentCheck.ThrowIfInconsistent(document);
        var wording = KindWording.For(document.Kind);

        var pdf = new PdfPages();
        var canvas = new CertificateCanvas(pdf)
        {
            ContinuationHeader = c => HeaderPart.DrawContinuation(c, document, wording),
        };
        canvas.NewPage();
        HeaderPart.DrawFirst(canvas, document, wording);
        IdentificationPart.Draw(canvas, document, wording);
        EnvironmentPart.Draw(canvas, document.Environment);
        EquipmentPart.Draw(canvas, document.Equipment);
        ResultsPart.Draw(canvas, document.Results, wording);
        ConclusionPart.Draw(canvas, document);
        SignaturesPart.Draw(canvas, document.Signatories, wording);
        FooterPart.DrawAll(canvas, document.CertificateNumber);
        return pdf.Save(new PdfInfo(
            $"{wording.Title} {document.CertificateNumber}",
            $"{document.Instrument.Description} {document.Instrument.SerialNumber}",
            document.Laboratory.Name,
            document.IssuedOn));
    }
}
