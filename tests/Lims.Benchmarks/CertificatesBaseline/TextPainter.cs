using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Lims.Benchmarks.CertificatesBaseline;

/// <summary>
/// Measures, wraps and draws mixed Chinese/Latin strings: each script run gets the font that has
/// its glyphs, on a common baseline. Fonts (immutable) are shared by all renderings; widths are
/// cached for the lifetime of one rendering.
/// </summary>
internal sealed class TextPainter
{
    private static readonly XPdfFontOptions _fontOptions = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
    private static readonly XBrush _ink = new XSolidBrush(XColor.FromArgb(20, 20, 20));
    private static readonly XBrush _muted = new XSolidBrush(XColor.FromArgb(90, 90, 90));

    private static readonly ConcurrentDictionary<(double Size, bool Bold, bool Cjk), XFont> _fonts = new();
    private readonly Dictionary<(string Text, double Size, bool Bold), double> _widths = [];
    private readonly XGraphics _measure;

    public TextPainter(XGraphics measure)
    {
        _measure = measure;
    }

    public double Measure(string text, TextStyle style)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (_widths.TryGetValue((text, style.Size, style.Bold), out var cached))
        {
            return cached;
        }

        double width = 0;
        foreach (var run in ScriptRun.Split(text))
        {
            width += _measure.MeasureString(run.Text, Font(style, run.IsCjk)).Width;
        }

        _widths[(text, style.Size, style.Bold)] = width;
        return width;
    }

    /// <summary>Draws one line with its left end at <paramref name="x"/> and its baseline at <paramref name="baseline"/>.</summary>
    public void Draw(XGraphics g, string text, TextStyle style, double x, double baseline)
    {
        var brush = style.Muted ? _muted : _ink;
        foreach (var run in ScriptRun.Split(text))
        {
            var font = Font(style, run.IsCjk);
            g.DrawString(run.Text, font, brush, x, baseline, XStringFormats.BaseLineLeft);
            x += Measure(run.Text, style);
        }
    }

    public void Draw(XGraphics g, string text, TextStyle style, XRect box, TextAlign align)
    {
        var x = align switch
        {
            TextAlign.Right => box.Right - Measure(text, style),
            TextAlign.Center => box.Left + ((box.Width - Measure(text, style)) / 2),
            _ => box.Left,
        };
        Draw(g, text, style, x, box.Top + style.Ascent);
    }

    /// <summary>Breaks <paramref name="text"/> into lines no wider than <paramref name="width"/>: at spaces, or between Chinese characters.</summary>
    public IReadOnlyList<string> Wrap(string text, TextStyle style, double width)
    {
        if (Measure(text, style) <= width)
        {
            return [text];
        }

        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var token in Tokens(text))
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

    private static XFont Font(TextStyle style, bool cjk)
    {
        return _fonts.GetOrAdd((style.Size, style.Bold, cjk), static key => new XFont(
            key.Cjk ? CertificateFontResolver.CjkFamily : CertificateFontResolver.LatinFamily,
            key.Size,
            key.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular,
            _fontOptions));
    }
}
