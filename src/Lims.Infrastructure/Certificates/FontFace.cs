using System.Buffers.Binary;
using System.Reflection;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// One TrueType face, parsed once per process: character → glyph map ('cmap' formats 4 and 12),
/// advance widths and side bearings, the glyph outlines ('loca'/'glyf'), and what a PDF font
/// descriptor needs. Immutable after construction, so every rendering shares it.
/// </summary>
internal sealed class FontFace
{
    private readonly byte[] _font;
    private readonly List<FontTable> _tables;
    private readonly ushort[] _bmpGlyphs = new ushort[0x10000];
    private readonly Dictionary<int, ushort> _supplementaryGlyphs = [];
    private readonly ushort[] _advances;
    private readonly short[] _leftBearings;
    private readonly int[] _glyphOffsets;
    private readonly int _glyf;

    public FontFace(byte[] font, string name)
    {
        _font = font;
        Name = name;
        _tables = FontTable.ReadDirectory(font);
        var head = Table("head");
        var hhea = Table("hhea");
        UnitsPerEm = Read16(head.Offset + 18);
        BoundingBox = [ReadShort(head.Offset + 36), ReadShort(head.Offset + 38), ReadShort(head.Offset + 40), ReadShort(head.Offset + 42)];
        Ascender = ReadShort(hhea.Offset + 4);
        Descender = ReadShort(hhea.Offset + 6);
        CapHeight = FontTable.TryFind(_tables, "OS/2", out var os2) && Read16(os2.Offset) >= 2 ? ReadShort(os2.Offset + 88) : Ascender;

        GlyphCount = Read16(Table("maxp").Offset + 4);
        var longLoca = ReadShort(head.Offset + 50) == 1;
        var loca = Table("loca").Offset;
        _glyphOffsets = new int[GlyphCount + 1];
        for (var g = 0; g <= GlyphCount; g++)
        {
            _glyphOffsets[g] = longLoca ? (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca + (4 * g))) : 2 * Read16(loca + (2 * g));
        }

        _glyf = Table("glyf").Offset;
        var metrics = Read16(hhea.Offset + 34);
        var hmtx = Table("hmtx").Offset;
        _advances = new ushort[GlyphCount];
        _leftBearings = new short[GlyphCount];
        for (var g = 0; g < GlyphCount; g++)
        {
            _advances[g] = (ushort)Read16(hmtx + (4 * Math.Min(g, metrics - 1)));
            _leftBearings[g] = g < metrics ? ReadShort(hmtx + (4 * g) + 2) : ReadShort(hmtx + (4 * metrics) + (2 * (g - metrics)));
        }

        ReadCharacterMap(Table("cmap").Offset);
    }

    /// <summary>The name PDF readers show, e.g. "DejaVu Sans,Bold".</summary>
    public string Name { get; }

    public int UnitsPerEm { get; }

    public int GlyphCount { get; }

    /// <summary>xMin, yMin, xMax, yMax in font units.</summary>
    public short[] BoundingBox { get; }

    public short Ascender { get; }

    public short Descender { get; }

    public short CapHeight { get; }

    public static FontFace Load(string resource, string name)
    {
        var path = $"Lims.Infrastructure.Certificates.Fonts.{resource}.ttf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(path)
            ?? throw new InvalidOperationException($"The font resource {path} is missing from the assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return new FontFace(bytes, name);
    }

    /// <summary>The glyph for a Unicode code point; 0 (.notdef) when the face has none.</summary>
    public ushort GlyphOf(int codePoint) => codePoint < 0x10000
        ? _bmpGlyphs[codePoint]
        : _supplementaryGlyphs.GetValueOrDefault(codePoint);

    public int Advance(int glyph) => _advances[glyph];

    public short LeftBearing(int glyph) => _leftBearings[glyph];

    /// <summary>The width of <paramref name="text"/> at <paramref name="size"/> points (advances only, no kerning).</summary>
    public double Width(ReadOnlySpan<char> text, double size)
    {
        long units = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                units += _advances[GlyphOf(char.ConvertToUtf32(c, text[++i]))];
                continue;
            }

            units += _advances[_bmpGlyphs[c]];
        }

        return units * size / UnitsPerEm;
    }

    /// <summary>The outline of a glyph as stored in 'glyf' (empty for glyphs without outline).</summary>
    public ReadOnlySpan<byte> Glyph(int glyph) => _font.AsSpan(_glyf + _glyphOffsets[glyph], _glyphOffsets[glyph + 1] - _glyphOffsets[glyph]);

    /// <summary>A whole table ('head', 'cvt ', …); empty when the face lacks it.</summary>
    public ReadOnlySpan<byte> TableData(string tag) =>
        FontTable.TryFind(_tables, tag, out var table) ? _font.AsSpan(table.Offset, table.Length) : [];

    private FontTable Table(string tag) => FontTable.TryFind(_tables, tag, out var table)
        ? table
        : throw new InvalidOperationException($"The font {Name} has no '{tag}' table.");

    /// <summary>Windows Unicode subtables: full repertoire (3,10) format 12 when present, else BMP (3,1) format 4.</summary>
    private void ReadCharacterMap(int cmap)
    {
        var count = Read16(cmap + 2);
        int bmp = -1, full = -1;
        for (var i = 0; i < count; i++)
        {
            var entry = cmap + 4 + (8 * i);
            var platform = Read16(entry);
            var encoding = Read16(entry + 2);
            var offset = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(_font.AsSpan(entry + 4));
            var format = Read16(offset);
            if (platform == 3 && encoding == 10 && format == 12)
            {
                full = offset;
            }
            else if (platform is 3 or 0 && format == 4 && bmp < 0)
            {
                bmp = offset;
            }
        }

        if (full >= 0)
        {
            ReadFormat12(full);
        }
        else if (bmp >= 0)
        {
            ReadFormat4(bmp);
        }
        else
        {
            throw new InvalidOperationException($"The font {Name} has no Unicode character map.");
        }
    }

    private void ReadFormat4(int at)
    {
        var segments = Read16(at + 6) / 2;
        var ends = at + 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        for (var s = 0; s < segments; s++)
        {
            var end = Read16(ends + (2 * s));
            var start = Read16(starts + (2 * s));
            var delta = Read16(deltas + (2 * s));
            var rangeOffset = Read16(rangeOffsets + (2 * s));
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    glyph = Read16(rangeOffsets + (2 * s) + rangeOffset + (2 * (c - start)));
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                _bmpGlyphs[c] = glyph < GlyphCount ? (ushort)glyph : (ushort)0;
            }
        }
    }

    private void ReadFormat12(int at)
    {
        var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(_font.AsSpan(at + 12));
        for (var i = 0; i < groups; i++)
        {
            var group = _font.AsSpan(at + 16 + (12 * i));
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            var glyph = (int)BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= end; c++, glyph++)
            {
                var id = glyph < GlyphCount ? (ushort)glyph : (ushort)0;
                if (c < 0x10000)
                {
                    _bmpGlyphs[c] = id;
                }
                else
                {
                    _supplementaryGlyphs[c] = id;
                }
            }
        }
    }

    private int Read16(int at) => BinaryPrimitives.ReadUInt16BigEndian(_font.AsSpan(at));

    private short ReadShort(int at) => BinaryPrimitives.ReadInt16BigEndian(_font.AsSpan(at));
}
