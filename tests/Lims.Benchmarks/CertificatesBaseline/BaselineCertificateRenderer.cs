using Lims.Application.Abstractions.Certificates;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Lims.Benchmarks.CertificatesBaseline;

/// <summary>
/// A frozen copy of the renderer before the performance work of issue 6 (the benchmarks' baseline).
/// Renders certificates with PDFsharp: header, identification, environment, equipment and
/// traceability, results, conclusion and signatures flow down A4 pages; the footers are drawn last,
/// when the page count is known. Stateless and thread-safe: every call builds its own document.
/// </summary>
public sealed class BaselineCertificateRenderer : ICertificateRenderer
{
    public BaselineCertificateRenderer()
    {
        CertificateFontInstaller.EnsureInstalled();
    }

    public byte[] Render(CertificateDocument document)
    {
        CertificateDocumentCheck.ThrowIfInconsistent(document);
        var wording = KindWording.For(document.Kind);

        using var pdf = new PdfDocument();
        pdf.Options.NoCompression = true; // fonts: PdfFinisher compacts, then deflates them natively
        Describe(pdf, document, wording);
        using (var measure = XGraphics.CreateMeasureContext(new XSize(CertificateCanvas.PageWidth, CertificateCanvas.PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards))
        using (var canvas = new CertificateCanvas(pdf, new TextPainter(measure)))
        {
            canvas.ContinuationHeader = c => HeaderPart.DrawContinuation(c, document, wording);
            canvas.NewPage();
            HeaderPart.DrawFirst(canvas, document, wording);
            IdentificationPart.Draw(canvas, document, wording);
            EnvironmentPart.Draw(canvas, document.Environment);
            EquipmentPart.Draw(canvas, document.Equipment);
            ResultsPart.Draw(canvas, document.Results, wording);
            ConclusionPart.Draw(canvas, document);
            SignaturesPart.Draw(canvas, document.Signatories, wording);
            FooterPart.DrawAll(canvas, document.CertificateNumber);
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return PdfFinisher.Finish(stream.ToArray(), document.IssuedOn);
    }

    private static void Describe(PdfDocument pdf, CertificateDocument document, KindWording wording)
    {
        var issued = document.IssuedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        pdf.Info.Title = $"{wording.Title} {document.CertificateNumber}";
        pdf.Info.Subject = $"{document.Instrument.Description} {document.Instrument.SerialNumber}";
        pdf.Info.Author = document.Laboratory.Name;
        pdf.Info.Creator = "Lims";
        pdf.Info.CreationDate = issued;
        pdf.Info.ModificationDate = issued;
    }
}
