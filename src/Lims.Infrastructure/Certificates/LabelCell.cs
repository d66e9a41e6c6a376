using PdfSharp.Drawing;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// Draws a bilingual label: Chinese then English on one line when it fits the width, otherwise the
/// Chinese lines above the English lines, each wrapped. The English part is half a point smaller and muted.
/// </summary>
internal static class LabelCell
{
    public static double Height(BilingualLabel label, double width, TextStyle zhStyle)
    {
        if (OneLine(label, width, zhStyle))
        {
            return zhStyle.LineHeight;
        }

        var en = EnStyle(zhStyle);
        return (TextPainter.Wrap(label.Zh, zhStyle, width).Count * zhStyle.LineHeight) + (TextPainter.Wrap(label.En, en, width).Count * en.LineHeight);
    }

    public static void Draw(CertificateCanvas canvas, BilingualLabel label, XRect box, TextStyle zhStyle, TextAlign align)
    {
        var en = EnStyle(zhStyle);
        if (OneLine(label, box.Width, zhStyle))
        {
            var zhWidth = TextPainter.Measure(label.Zh + " ", zhStyle);
            var total = zhWidth + TextPainter.Measure(label.En, en);
            var x = align switch
            {
                TextAlign.Center => box.Left + ((box.Width - total) / 2),
                TextAlign.Right => box.Right - total,
                _ => box.Left,
            };
            var baseline = box.Top + zhStyle.Ascent;
            TextPainter.Draw(canvas.G, label.Zh + " ", zhStyle, x, baseline);
            TextPainter.Draw(canvas.G, label.En, en, x + zhWidth, baseline);
            return;
        }

        var top = box.Top;
        foreach (var (part, style) in new[] { (label.Zh, zhStyle), (label.En, en) })
        {
            foreach (var line in TextPainter.Wrap(part, style, box.Width))
            {
                TextPainter.Draw(canvas.G, line, style, new XRect(box.Left, top, box.Width, style.LineHeight), align);
                top += style.LineHeight;
            }
        }
    }

    private static bool OneLine(BilingualLabel label, double width, TextStyle zhStyle) =>
        TextPainter.Measure(label.Zh + " ", zhStyle) + TextPainter.Measure(label.En, EnStyle(zhStyle)) <= width;

    private static TextStyle EnStyle(TextStyle zhStyle) => zhStyle with { Size = zhStyle.Size - 0.5, Muted = true };
}
