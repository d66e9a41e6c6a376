using PdfSharp.Drawing;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// A ruled table that flows across pages: a row that does not fit starts a new page, which repeats
/// the header row first. Column weights are scaled to the content width; cell text wraps.
/// </summary>
internal static class Table
{
    private const double Pad = 2.8;
    private static readonly TextStyle _header = new(7.2, Bold: true);
    private static readonly TextStyle _cell = new(7.8);

    public static void Draw(CertificateCanvas canvas, IReadOnlyList<TableColumn> columns, IEnumerable<string[]> rows)
    {
        var widths = Widths(columns);
        var headerHeight = HeaderHeight(columns, widths);
        var first = true;
        foreach (var row in rows)
        {
            var lines = new IReadOnlyList<string>[columns.Count];
            var height = 0.0;
            for (var c = 0; c < columns.Count; c++)
            {
                lines[c] = TextPainter.Wrap(row[c], _cell, widths[c] - (2 * Pad));
                height = Math.Max(height, lines[c].Count * _cell.LineHeight);
            }

            height += 2 * Pad;
            if (first || !canvas.Fits(height))
            {
                canvas.EnsureSpace(headerHeight + height);
                DrawHeader(canvas, columns, widths, headerHeight);
                first = false;
            }

            DrawRow(canvas, columns, widths, lines, height);
        }
    }

    private static double[] Widths(IReadOnlyList<TableColumn> columns)
    {
        var total = columns.Sum(c => c.Weight);
        return [.. columns.Select(c => c.Weight / total * CertificateCanvas.Width)];
    }

    private static double HeaderHeight(IReadOnlyList<TableColumn> columns, double[] widths)
    {
        var height = 0.0;
        for (var c = 0; c < columns.Count; c++)
        {
            height = Math.Max(height, LabelCell.Height(columns[c].Header, widths[c] - (2 * Pad), _header));
        }

        return height + (2 * Pad);
    }

    private static void DrawHeader(CertificateCanvas canvas, IReadOnlyList<TableColumn> columns, double[] widths, double height)
    {
        var x = CertificateCanvas.Left;
        for (var c = 0; c < columns.Count; c++)
        {
            var box = new XRect(x, canvas.Y, widths[c], height);
            canvas.G.DrawRectangle(CertificateCanvas.Grid, CertificateCanvas.HeaderFill, box);
            var textHeight = LabelCell.Height(columns[c].Header, widths[c] - (2 * Pad), _header);
            var inner = new XRect(x + Pad, canvas.Y + ((height - textHeight) / 2), widths[c] - (2 * Pad), textHeight);
            LabelCell.Draw(canvas, columns[c].Header, inner, _header, TextAlign.Center);
            x += widths[c];
        }

        canvas.Y += height;
    }

    private static void DrawRow(CertificateCanvas canvas, IReadOnlyList<TableColumn> columns, double[] widths, IReadOnlyList<string>[] lines, double height)
    {
        var x = CertificateCanvas.Left;
        for (var c = 0; c < columns.Count; c++)
        {
            canvas.G.DrawRectangle(CertificateCanvas.Grid, new XRect(x, canvas.Y, widths[c], height));
            var top = canvas.Y + Pad;
            foreach (var line in lines[c])
            {
                TextPainter.Draw(canvas.G, line, _cell, new XRect(x + Pad, top, widths[c] - (2 * Pad), _cell.LineHeight), columns[c].Align);
                top += _cell.LineHeight;
            }

            x += widths[c];
        }

        canvas.Y += height;
    }
}
