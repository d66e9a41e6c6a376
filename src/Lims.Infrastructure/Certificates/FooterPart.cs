using System.Globalization;
using PdfSharp.Drawing;

namespace Lims.Infrastructure.Certificates;

/// <summary>On every page: the certificate number, "第 x 页 共 y 页 / Page x of y" and the scope statements.</summary>
internal static class FooterPart
{
    public static void DrawAll(CertificateCanvas canvas, string certificateNumber)
    {
        var count = canvas.Pages.Count;
        for (var i = 0; i < count; i++)
        {
            Draw(canvas.Pages[i], certificateNumber, i + 1, count);
        }
    }

    private static void Draw(PageContent g, string certificateNumber, int page, int count)
    {
        var y = CertificateCanvas.Bottom + 12;
        g.DrawLine(CertificateCanvas.Rule, CertificateCanvas.Left, y, CertificateCanvas.Right, y);
        y += 4;
        var label = TextStyle.Label;
        var line = new XRect(CertificateCanvas.Left, y, CertificateCanvas.Width, label.LineHeight);
        TextPainter.Draw(g, $"{Labels.CertificateNo}: {certificateNumber}", label, line, TextAlign.Left);
        var p = page.ToString(CultureInfo.InvariantCulture);
        var n = count.ToString(CultureInfo.InvariantCulture);
        TextPainter.Draw(g, $"第 {p} 页 共 {n} 页 / Page {p} of {n}", label, line, TextAlign.Right);

        var small = TextStyle.Small;
        line = new XRect(CertificateCanvas.Left, y + label.LineHeight + 2, CertificateCanvas.Width, small.LineHeight);
        TextPainter.Draw(g, Labels.ItemOnly.ToString(), small, line, TextAlign.Center);
        line.Offset(0, small.LineHeight);
        TextPainter.Draw(g, Labels.NoPartialCopy.ToString(), small, line, TextAlign.Center);
    }
}
