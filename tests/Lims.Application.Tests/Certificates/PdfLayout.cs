using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Lims.Application.Tests.Certificates;

/// <summary>
/// What is wrong with the layout of a PDF, read back with PdfPig: a glyph outside the printable
/// area, two glyphs drawn over each other, or a glyph crossing the edge of a ruled cell.
/// </summary>
public static class PdfLayout
{
    /// <summary>Glyph boxes may touch by this much (points) without counting as overprinted.</summary>
    private const double Tolerance = 0.4;

    public static IReadOnlyList<string> Faults(byte[] pdf, double left, double right)
    {
        using var document = PdfDocument.Open(pdf);
        var faults = new List<string>();
        foreach (var page in document.GetPages())
        {
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            foreach (var letter in letters)
            {
                var box = letter.BoundingBox;
                if (box.Left < left - Tolerance || box.Right > right + Tolerance || box.Bottom < 0 || box.Top > page.Height)
                {
                    faults.Add($"page {page.Number}: '{letter.Value}' at ({box.Left:0.0}, {box.Bottom:0.0}) leaves the printable area");
                }
            }

            faults.AddRange(Overprinted(page.Number, letters));
            faults.AddRange(Crossing(page, letters));
        }

        return faults;
    }

    private static IEnumerable<string> Overprinted(int page, List<Letter> letters)
    {
        var byLeft = letters.OrderBy(l => l.BoundingBox.Left).ToList();
        for (var i = 0; i < byLeft.Count; i++)
        {
            var a = byLeft[i].BoundingBox;
            for (var j = i + 1; j < byLeft.Count && byLeft[j].BoundingBox.Left < a.Right - Tolerance; j++)
            {
                var b = byLeft[j].BoundingBox;
                var width = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
                var height = Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom);
                if (width > Tolerance && height > Tolerance && width * height > 0.25 * Math.Min(Area(a), Area(b)))
                {
                    yield return $"page {page}: '{byLeft[i].Value}' and '{byLeft[j].Value}' overprint at ({a.Left:0.0}, {a.Bottom:0.0})";
                }
            }
        }
    }

    /// <summary>Glyphs that an edge of a ruled rectangle (a table or grid cell) runs through.</summary>
    private static IEnumerable<string> Crossing(Page page, List<Letter> letters)
    {
        var cells = page.Paths.Where(p => p.IsStroked).SelectMany(p => p).Select(s => s.GetDrawnRectangle()).OfType<PdfRectangle>().ToList();
        foreach (var letter in letters)
        {
            var g = letter.BoundingBox;
            foreach (var cell in cells)
            {
                var rowsOverlap = Math.Min(g.Top, cell.Top) - Math.Max(g.Bottom, cell.Bottom) > Tolerance;
                var columnsOverlap = Math.Min(g.Right, cell.Right) - Math.Max(g.Left, cell.Left) > Tolerance;
                var vertical = Inside(cell.Left, g.Left, g.Right) || Inside(cell.Right, g.Left, g.Right);
                var horizontal = Inside(cell.Bottom, g.Bottom, g.Top) || Inside(cell.Top, g.Bottom, g.Top);
                if ((vertical && rowsOverlap) || (horizontal && columnsOverlap))
                {
                    yield return $"page {page.Number}: '{letter.Value}' at ({g.Left:0.0}, {g.Bottom:0.0}) crosses the edge of a cell";
                    break;
                }
            }
        }
    }

    private static bool Inside(double edge, double from, double to) => edge > from + Tolerance && edge < to - Tolerance;

    private static double Area(PdfRectangle box) => Math.Max(box.Width, 0.01) * Math.Max(box.Height, 0.01);
}
