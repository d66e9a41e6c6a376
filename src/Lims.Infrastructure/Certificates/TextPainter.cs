using PdfSharp.Drawing;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// Measures, wraps and draws mixed Chinese/Latin strings: each script run gets the face that has
/// its glyphs (<see cref="FontFaces"/>), on a common baseline. Widths come straight from the faces'
/// advance widths, so measuring needs no cache; Chinese bold is simulated (Droid has one weight).
/// </summary>
internal static class TextPainter
{
    private static readonly PdfColor _ink = new(20, 20, 20);
    private static readonly PdfColor _muted = new(90, 90, 90);

    public static double Measure(string text, TextStyle style)
    {
        double width = 0;
        for (var start = 0; start < text.Length;)
        {
            var length = ScriptRun.Length(text, start);
            width += FontFaces.For(style.Bold, ScriptRun.IsCjkChar(text[start])).Width(text.AsSpan(start, length), style.Size);
            start += length;
        }

        return width;
    }

    /// <summary>Draws one line with its left end at <paramref name="x"/> and its baseline at <paramref name="baseline"/>.</summary>
    public static void Draw(PageContent g, string text, TextStyle style, double x, double baseline)
    {
        var color = style.Muted ? _muted : _ink;
        for (var start = 0; start < text.Length;)
        {
            var length = ScriptRun.Length(text, start);
            var cjk = ScriptRun.IsCjkChar(text[start]);
            var face = FontFaces.For(style.Bold, cjk);
            var run = text.AsSpan(start, length);
            g.DrawText(face, style.Size, color, style.Bold && cjk, x, baseline, run);

            x += face.Width(run, style.Size);
            start += length;
        }
    }

    public static void Draw(PageContent g, string text, TextStyle style, XRect box, TextAlign align)
    {
        var x = align switch
        {
            TextAlign.Right => box.Right - Measure(text, style),
            TextAlign.Center => box.Left + ((box.Width - Measure(text, style)) / 2),
            _ => box.Left,
        };
        Draw(g, text, style, x, box.Top + style.Ascent);
    }

    /// <summary><paramref name="text"/> on one line no wider than <paramref name="width"/>: cut with an ellipsis when it is wider (a label's fixed line).</summary>
    public static string Fit(string text, TextStyle style, double width)
    {
        if (Measure(text, style) <= width)
        {
            return text;
        }

        var end = text.Length;
        while (end > 0 && Measure(string.Concat(text.AsSpan(0, end), "…"), style) > width)
        {
            end--;
        }

        if (end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return string.Concat(text.AsSpan(0, end), "…");
    }

    /// <summary>Breaks <paramref name="text"/> into lines no wider than <paramref name="width"/>: at spaces, or between Chinese characters.</summary>
    public static IReadOnlyList<string> Wrap(string text, TextStyle style, double width)
    {
        if (Measure(text, style) <= width)
        {
            return [text];
        }

        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var token in Tokens(text).SelectMany(t => Pieces(t, style, width)))
        {
            var candidate = line.ToString() + token;
            if (line.Length > 0 && Measure(candidate.TrimEnd(), style) > width)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
                candidate = token.TrimStart();
            }

            line.Clear().Append(candidate);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }

        return lines;
    }

    /// <summary>A word wider than the line (a long serial number, a URL) broken between characters, so nothing leaves its box.</summary>
    private static IEnumerable<string> Pieces(string token, TextStyle style, double width)
    {
        if (Measure(token.TrimEnd(), style) <= width)
        {
            yield return token;
            yield break;
        }

        var start = 0;
        for (var end = 1; end <= token.Length; end++)
        {
            // Never cut a surrogate pair.
            if (end < token.Length && char.IsLowSurrogate(token[end]))
            {
                continue;
            }

            if (end - start > 1 && Measure(token[start..end], style) > width)
            {
                var cut = char.IsLowSurrogate(token[end - 1]) ? end - 2 : end - 1;
                cut = cut > start ? cut : end;
                yield return token[start..cut];
                start = cut;
            }
        }

        yield return token[start..];
    }

    private static IEnumerable<string> Tokens(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var cjk = ScriptRun.IsCjkChar(text[i]);
            var endsWord = i + 1 == text.Length
                || cjk
                || ScriptRun.IsCjkChar(text[i + 1])
                || (text[i] == ' ' && text[i + 1] != ' ')
                || text[i] is '/' or '-';
            if (endsWord)
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }
    }
}
