using PdfSharp.Drawing;

namespace Lims.Infrastructure.Certificates;

/// <summary>One labelled value of a <see cref="FieldGrid"/>.</summary>
internal readonly record struct Field(BilingualLabel Label, string Value, bool Strong = false);

/// <summary>
/// A ruled grid of label/value pairs, one, two or three pairs a row; label cells shaded. Columns of
/// rows with the same number of pairs line up; rows never split across pages.
/// </summary>
internal static class FieldGrid
{
    private const double Pad = 3.2;

    public static void Draw(CertificateCanvas canvas, IEnumerable<Field[]> rows)
    {
        foreach (var row in rows)
        {
            DrawRow(canvas, row);
        }
    }

    private static void DrawRow(CertificateCanvas canvas, Field[] row)
    {
        var pairWidth = CertificateCanvas.Width / row.Length;
        var labelWidth = row.Length == 3 ? 82 : 118;
        var valueWidth = pairWidth - labelWidth;

        var height = 0.0;
        var values = new IReadOnlyList<string>[row.Length];
        for (var i = 0; i < row.Length; i++)
        {
            var style = Style(row[i]);
            values[i] = TextPainter.Wrap(row[i].Value, style, valueWidth - (2 * Pad));
            var labelHeight = LabelCell.Height(row[i].Label, labelWidth - (2 * Pad), TextStyle.Label);
            height = Math.Max(height, Math.Max(labelHeight, values[i].Count * style.LineHeight));
        }

        height += 2 * Pad;
        canvas.EnsureSpace(height);
        var g = canvas.G;
        for (var i = 0; i < row.Length; i++)
        {
            var x = CertificateCanvas.Left + (i * pairWidth);
            var labelBox = new XRect(x, canvas.Y, labelWidth, height);
            var valueBox = new XRect(x + labelWidth, canvas.Y, valueWidth, height);
            g.DrawRectangle(CertificateCanvas.Grid, CertificateCanvas.LabelFill, labelBox);
            g.DrawRectangle(CertificateCanvas.Grid, valueBox);
            LabelCell.Draw(canvas, row[i].Label, Inset(labelBox), TextStyle.Label, TextAlign.Left);

            var style = Style(row[i]);
            var top = canvas.Y + Pad;
            foreach (var line in values[i])
            {
                TextPainter.Draw(g, line, style, valueBox.Left + Pad, top + style.Ascent);
                top += style.LineHeight;
            }
        }

        canvas.Y += height;
    }

    private static TextStyle Style(Field field) => field.Strong ? TextStyle.BodyBold : TextStyle.Body;

    private static XRect Inset(XRect box) => new(box.Left + Pad, box.Top + Pad, box.Width - (2 * Pad), box.Height - (2 * Pad));
}
