using System.Buffers.Binary;

namespace Lims.Benchmarks.CertificatesBaseline;

/// <summary>
/// PDFsharp's TrueType subsets keep the original glyph ids, so 'loca' and 'hmtx' still list every
/// glyph of the font; for Droid Sans Fallback (49,000 glyphs) the side bearings of glyphs that are
/// not in the subset are ~40 KB of incompressible noise. This sets the left side bearing of every
/// glyph without outline to 0 (advance widths stay) and fixes the checksums. Nothing visible
/// changes: a glyph without outline draws nothing, and PDF takes advances from the /W array.
/// </summary>
internal static class FontSubsetCompactor
{
    public static void Compact(Span<byte> font)
    {
        var tables = ReadDirectory(font);
        if (!tables.TryGetValue("head", out var head) || !tables.TryGetValue("hhea", out var hhea)
            || !tables.TryGetValue("maxp", out var maxp) || !tables.TryGetValue("loca", out var loca)
            || !tables.TryGetValue("hmtx", out var hmtx))
        {
            return;
        }

        var longLoca = BinaryPrimitives.ReadInt16BigEndian(font[(head.Offset + 50)..]) == 1;
        var glyphs = BinaryPrimitives.ReadUInt16BigEndian(font[(maxp.Offset + 4)..]);
        var metrics = BinaryPrimitives.ReadUInt16BigEndian(font[(hhea.Offset + 34)..]);
        for (var g = 1; g < glyphs; g++)
        {
            if (GlyphOffset(font, loca.Offset, g, longLoca) != GlyphOffset(font, loca.Offset, g + 1, longLoca))
            {
                continue;
            }

            var lsb = g < metrics ? hmtx.Offset + (4 * g) + 2 : hmtx.Offset + (4 * metrics) + (2 * (g - metrics));
            if (lsb + 2 <= hmtx.Offset + hmtx.Length)
            {
                font[lsb] = 0;
                font[lsb + 1] = 0;
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(font[(hmtx.Entry + 4)..], Checksum(font.Slice(hmtx.Offset, hmtx.Length)));
        BinaryPrimitives.WriteUInt32BigEndian(font[(head.Offset + 8)..], 0);
        BinaryPrimitives.WriteUInt32BigEndian(font[(head.Offset + 8)..], 0xB1B0AFBA - Checksum(font));
    }

    private static long GlyphOffset(Span<byte> font, int loca, int glyph, bool longLoca) => longLoca
        ? BinaryPrimitives.ReadUInt32BigEndian(font[(loca + (4 * glyph))..])
        : 2L * BinaryPrimitives.ReadUInt16BigEndian(font[(loca + (2 * glyph))..]);

    private static Dictionary<string, (int Entry, int Offset, int Length)> ReadDirectory(Span<byte> font)
    {
        var tables = new Dictionary<string, (int, int, int)>(StringComparer.Ordinal);
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var i = 0; i < count; i++)
        {
            var entry = 12 + (16 * i);
            var tag = System.Text.Encoding.ASCII.GetString(font.Slice(entry, 4));
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(font[(entry + 8)..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(font[(entry + 12)..]);
            if (offset + length <= font.Length)
            {
                tables[tag] = (entry, offset, length);
            }
        }

        return tables;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        }

        if (i < data.Length)
        {
            Span<byte> tail = stackalloc byte[4];
            data[i..].CopyTo(tail);
            sum += BinaryPrimitives.ReadUInt32BigEndian(tail);
        }

        return sum;
    }
}
