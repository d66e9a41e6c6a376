using System.Buffers.Binary;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// PDFsharp's TrueType subsets keep the original glyph ids, so 'loca' and 'hmtx' still list every
/// glyph of the font (49,000 in Droid Sans Fallback). Glyph ids must stay (the page contents use
/// them), but what is not drawn can go:
/// <list type="bullet">
/// <item>glyphs after the highest one used are cut off ('maxp', 'loca', 'hmtx', 'glyf' shortened);</item>
/// <item>the metrics of glyphs that are not used become zeros, and so does the left side bearing of
/// every glyph without outline (incompressible noise otherwise).</item>
/// </list>
/// "Used" is the glyphs the text draws (the /W array of the CID font) and every glyph with an outline
/// (PDFsharp adds the components of composite glyphs). Nothing visible changes: PDF takes advances
/// from /W, a glyph without outline draws nothing. Checksums are fixed.
/// Without the set of drawn glyphs, only the side bearings are zeroed.
/// </summary>
internal static class FontSubsetCompactor
{
    public static byte[] Compact(ReadOnlySpan<byte> source, IReadOnlySet<int>? drawn)
    {
        var tables = FontTable.ReadDirectory(source);
        if (!FontTable.TryFind(tables, "head", out var head) || !FontTable.TryFind(tables, "hhea", out var hhea)
            || !FontTable.TryFind(tables, "maxp", out var maxp) || !FontTable.TryFind(tables, "loca", out var loca)
            || !FontTable.TryFind(tables, "hmtx", out var hmtx) || !FontTable.TryFind(tables, "glyf", out var glyf))
        {
            return source.ToArray();
        }

        var longLoca = BinaryPrimitives.ReadInt16BigEndian(source[(head.Offset + 50)..]) == 1;
        var glyphs = BinaryPrimitives.ReadUInt16BigEndian(source[(maxp.Offset + 4)..]);
        var metrics = BinaryPrimitives.ReadUInt16BigEndian(source[(hhea.Offset + 34)..]);
        var locaData = source.Slice(loca.Offset, loca.Length);
        var hasOutline = new bool[glyphs];
        var used = new bool[glyphs];
        var last = 0;
        for (var g = 0; g < glyphs; g++)
        {
            hasOutline[g] = GlyphOffset(locaData, g + 1, longLoca) != GlyphOffset(locaData, g, longLoca);
            used[g] = g == 0 || hasOutline[g] || drawn is null;
        }

        foreach (var g in drawn ?? Enumerable.Empty<int>())
        {
            if (g < glyphs)
            {
                used[g] = true;
            }
        }

        for (var g = glyphs - 1; g > 0 && last == 0; g--)
        {
            last = used[g] ? g : 0;
        }

        var count = last + 1;
        var keptMetrics = Math.Min(metrics, count);
        var glyphData = (int)GlyphOffset(locaData, count, longLoca);
        var lengths = tables.Select(t => t.Tag switch
        {
            "loca" => (count + 1) * (longLoca ? 4 : 2),
            "glyf" => glyphData,
            "hmtx" => (keptMetrics * 4) + ((count - keptMetrics) * 2),
            _ => t.Length,
        }).ToArray();

        var output = new FontWriter(source, tables, lengths);
        for (var i = 0; i < tables.Count; i++)
        {
            var target = output.Table(i);
            if (tables[i].Tag == "hmtx")
            {
                WriteMetrics(target, source.Slice(hmtx.Offset, hmtx.Length), metrics, keptMetrics, used, hasOutline);
                continue;
            }

            source.Slice(tables[i].Offset, target.Length).CopyTo(target);
            switch (tables[i].Tag)
            {
                case "maxp":
                    BinaryPrimitives.WriteUInt16BigEndian(target[4..], (ushort)count);
                    break;
                case "hhea":
                    BinaryPrimitives.WriteUInt16BigEndian(target[34..], (ushort)keptMetrics);
                    break;
                case "head":
                    BinaryPrimitives.WriteUInt32BigEndian(target[8..], 0);
                    break;
                default:
                    break;
            }
        }

        return output.Finish(tables.FindIndex(t => t.Tag == "head"));
    }

    /// <summary>Long metrics for the first <paramref name="keptMetrics"/> glyphs, then side bearings; zeros where nothing is drawn.</summary>
    private static void WriteMetrics(Span<byte> target, ReadOnlySpan<byte> source, int metrics, int keptMetrics, bool[] used, bool[] hasOutline)
    {
        target.Clear();
        for (var g = 0; g < keptMetrics; g++)
        {
            // The last long metric's advance also serves every later glyph: keep it.
            if (used[g] || g == keptMetrics - 1)
            {
                source.Slice(4 * g, 2).CopyTo(target[(4 * g)..]);
            }

            if (hasOutline[g])
            {
                source.Slice((4 * g) + 2, 2).CopyTo(target[((4 * g) + 2)..]);
            }
        }

        var lsbTarget = target[(4 * keptMetrics)..];
        for (var g = keptMetrics; g < keptMetrics + (lsbTarget.Length / 2); g++)
        {
            if (!hasOutline[g])
            {
                continue;
            }

            var from = g < metrics ? (4 * g) + 2 : (4 * metrics) + (2 * (g - metrics));
            if (from + 2 <= source.Length)
            {
                source.Slice(from, 2).CopyTo(lsbTarget[(2 * (g - keptMetrics))..]);
            }
        }
    }

    private static long GlyphOffset(ReadOnlySpan<byte> loca, int glyph, bool longLoca) => longLoca
        ? BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * glyph)..])
        : 2L * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * glyph)..]);
}
