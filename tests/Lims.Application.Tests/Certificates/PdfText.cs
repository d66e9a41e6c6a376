using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Lims.Application.Tests.Certificates;

/// <summary>The text of each page of a PDF as PdfPig extracts it, runs of whitespace collapsed to one space.</summary>
public static partial class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => Whitespace().Replace(p.Text, " "))];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
