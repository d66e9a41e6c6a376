using PdfSharp.Drawing;

namespace Lims.Benchmarks.CertificatesBaseline;

/// <summary>A bold bilingual heading that is kept on the same page as the first lines under it.</summary>
internal static class SectionTitle
{
    private const double SpaceBefore = 7;
    private const double KeepWithNext = 36;

    public static void Draw(CertificateCanvas canvas, BilingualLabel title)
    {
        var style = TextStyle.Section;
        canvas.EnsureSpace(SpaceBefore + style.LineHeight + KeepWithNext);
        canvas.Y += SpaceBefore;
        var box = new XRect(CertificateCanvas.Left, canvas.Y, CertificateCanvas.Width, style.LineHeight);
        LabelCell.Draw(canvas, title, box, style, TextAlign.Left);
        canvas.Y += style.LineHeight + 2;
    }
}
