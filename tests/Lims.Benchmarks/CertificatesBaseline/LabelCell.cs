using PdfSharp.Drawing;

namespace Lims.Benchmarks.CertificatesBaseline;

/// <summary>
/// Draws a bilingual label: Chinese then English on one line when it fits the width, otherwise the
/// Chinese lines above the English lines, each wrapped. The English part is half a point smaller and muted.
/// </summary>
internal static class LabelCell
{
    public static double Height(TextPainter text, BilingualLabel label, double width, TextStyle zhStyle)
    {
        if (OneLine(text, label, width, zhStyle))
        {
            return zhStyle.LineHeight;
        }

        var en = EnStyle(zhStyle);
        return (text.Wrap(label.Zh, zhStyle, width).Count * zhStyle.LineHeight) + (text.Wrap(label.En, en, width).Count * en.LineHeight);
    }

    public static void Draw(CertificateCanvas canvas, BilingualLabel label, XRect box, TextStyle zhStyle, TextAlign align)
    {
        var text = canvas.Text;
        var en = EnStyle(zhStyle);
        if (OneLine(text, label, box.Width, zhStyle))
        {
            var zhWidth = text.Measure(label.Zh + " ", zhStyle);
            var total = zhWidth + text.Measure(label.En, en);
            var x = align switch
            {
                TextAlign.Center => box.Left + ((box.Width - total) / 2),
                TextAlign.Right => box.Right - total,
                _ => box.Left,
            };
            var baseline = box.Top + zhStyle.Ascent;
            text.Draw(canvas.G, label.Zh + " ", zhStyle, x, baseline);
            text.Draw(canvas.G, label.En, en, x + zhWidth, baseline);
            return;
        }

        var top = box.Top;
        foreach (var (part, style) in new[] { (label.Zh, zhStyle), (label.En, en) })
        {
            foreach (var line in text.Wrap(part, style, box.Width))
            {
                text.Draw(canvas.G, line, style, new XRect(box.Left, top, box.Width, style.LineHeight), align);
                top += style.LineHeight;
            }
        }
    }

    private static bool OneLine(TextPainter text, BilingualLabel label, double width, TextStyle zhStyle) =>
        text.Measure(label.Zh + " ", zhStyle) + text.Measure(label.En, EnStyle(zhStyle)) <= width;

    private static TextStyle EnStyle(TextStyle zhStyle) => zhStyle with { Size = zhStyle.Size - 0.5, Muted = true };
}
