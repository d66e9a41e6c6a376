using PdfSharp.Drawing;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// A ruled table that flows across pages: a row that does not fit starts a new page, which repeats
/// the header row first. A row taller than a whole page is split between its wrapped lines and
/// continues below the repeated header on the next page. Column weights are scaled to the content
/// width; cell text wraps.
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
        var needHeader = true;
        foreach (var row in rows)
        {
            var lines = new IReadOnlyList<string>[columns.Count];
            var count = 0;
            for (var c = 0; c < columns.Count; c++)
            {
                lines[c] = TextPainter.Wrap(row[c], _cell, widths[c] - (2 * Pad));
                count = Math.Max(count, lines[c].Count);
            }

            var start = 0;
            var movedOn = false;
            while (true)
            {
                var header = needHeader ? headerHeight : 0;
                var take = count - start;
                if (!canvas.Fits(header + RowHeight(take)))
                {
                    var room = (int)Math.Floor((CertificateCanvas.Bottom - canvas.Y - header - (2 * Pad)) / _cell.LineHeight);
                    var tallerThanAPage = headerHeight + RowHeight(take) > CertificateCanvas.Bottom - CertificateCanvas.Top;
                    if (!movedOn && (!tallerThanAPage || room < 1))
                    {
                        // The row starts on the next page, whole if it fits there.
                        canvas.NewPage();
                        needHeader = true;
                        movedOn = true;
                        continue;
                    }

                    take = Math.Max(1, room);
                }

                if (needHeader)
                {
                    DrawHeader(canvas, columns, widths, headerHeight);
                    needHeader = false;
                }

                DrawRow(canvas, columns, widths, lines, start, take);
                start += take;
                if (start >= count)
                {
                    break;
                }

                canvas.NewPage();
                needHeader = true;
                movedOn = true;
            }
        }
    }

    private static double RowHeight(int lines) => (lines * _cell.LineHeight) + (2 * Pad);

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

    /// <summary>Draws the wrapped lines from <paramref name="start"/> on, <paramref name="count"/> of them, as one row.</summary>
    private static void DrawRow(CertificateCanvas canvas, IReadOnlyList<TableColumn> columns, double[] widths, IReadOnlyList<string>[] lines, int start, int count)
    {
        var height = RowHeight(count);
        var x = CertificateCanvas.Left;
        for (var c = 0; c < columns.Count; c++)
        {
            canvas.G.DrawRectangle(CertificateCanvas.Grid, new XRect(x, canvas.Y, widths[c], height));
            var top = canvas.Y + Pad;
            foreach (var line in lines[c].Skip(start).Take(count))
            {
                TextPainter.Draw(canvas.G, line, _cell, new XRect(x + Pad, top, widths[c] - (2 * Pad), _cell.LineHeight), columns[c].Align);
                top += _cell.LineHeight;
            }

            x += widths[c];
        }

        canvas.Y += height;
    }
}
