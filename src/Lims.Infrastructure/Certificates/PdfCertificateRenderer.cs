using Lims.Application.Abstractions.Certificates;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// Renders certificates straight to PDF (<see cref="PdfPages"/>, own writer and font subsets): a
/// cover page (header, identification, conclusion, signatures and seal, the laboratory's contact),
/// then environment, equipment and traceability, test items, results and notes flowing down A4
/// pages; the footers are drawn last, when the page count is known. Stateless and thread-safe: every call builds its own document.
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
        // The cover (JJG 1002, JJF 1069): what was tested, for whom, the conclusion, who signed, the seal
        // and where the laboratory is; the conditions, traceability and results follow on the next pages.
        canvas.NewPage();
        HeaderPart.DrawFirst(canvas, document, wording);
        IdentificationPart.Draw(canvas, document, wording);
        ConclusionPart.Draw(canvas, document);
        SignaturesPart.Draw(canvas, document, wording);
        ContactPart.Draw(canvas, document.Laboratory);
        canvas.NewPage();
        EnvironmentPart.Draw(canvas, document.Environment);
        EquipmentPart.Draw(canvas, document.Equipment);
        TestItemsPart.Draw(canvas, document.TestItems, wording);
        ResultsPart.Draw(canvas, document.Results, wording);
        NotesPart.Draw(canvas, document);
        FooterPart.DrawAll(canvas, document.CertificateNumber);
        return pdf.Save(new PdfInfo(
            $"{wording.Title} {document.CertificateNumber}",
            $"{document.Instrument.Description} {document.Instrument.SerialNumber}",
            document.Laboratory.Name,
            document.IssuedOn));
    }
}
