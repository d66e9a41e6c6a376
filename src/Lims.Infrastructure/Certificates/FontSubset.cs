using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// The glyphs of one face that one document draws. Glyphs are numbered in the order they are first
/// drawn (0 stays .notdef), so the embedded font holds only those glyphs and the components of
/// composite ones; the page contents use the new numbers (Identity-H, CID = glyph id). Written as a
/// Type0 font with a CIDFontType2 descendant, a /W array and a ToUnicode map, so the text extracts.
/// </summary>
internal sealed class FontSubset
{
    private const int MoreComponents = 0x20;
    private static readonly string[] _tableTags = ["cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"];

    /// <summary>Room for the glyphs of a typical certificate (a few hundred) without regrowing.</summary>
    private const int ExpectedGlyphs = 512;

    private readonly Dictionary<int, ushort> _newIds = new(ExpectedGlyphs) { [0] = 0 };
    private readonly List<int> _glyphs = new(ExpectedGlyphs) { 0 };
    private readonly List<int> _codePoints = new(ExpectedGlyphs) { -1 };

    public FontSubset(FontFace face, string resourceName)
    {
        Face = face;
        ResourceName = resourceName;
    }

    public FontFace Face { get; }

    /// <summary>The name in the pages' font resources: /F0, /F1, …</summary>
    public string ResourceName { get; }

    /// <summary>Writes <paramref name="text"/> as a hex string of new glyph ids, numbering glyphs not seen before.</summary>
    public void Encode(ReadOnlySpan<char> text, PdfBuffer content)
    {
        content.Append('<');
        for (var i = 0; i < text.Length; i++)
        {
            var codePoint = (int)text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[++i]);
            }

            content.Hex4(NewId(Face.GlyphOf(codePoint), codePoint));
        }

        content.Append('>');
    }

    /// <summary>Writes the five objects of the font; <paramref name="fontObject"/> is the number the pages refer to.</summary>
    public void Write(PdfFileWriter file, int fontObject)
    {
        var drawn = _glyphs.Count;
        var program = BuildProgram();
        var name = $"{Tag()}+{Face.Name.Replace(" ", "#20", StringComparison.Ordinal)}";
        var cidFont = file.NewObject();
        var descriptor = file.NewObject();
        var fontFile = file.NewObject();
        var toUnicode = file.NewObject();

        file.Begin(fontObject).Append("<</Type/Font/Subtype/Type0/BaseFont/").Append(name)
            .Append("/Encoding/Identity-H/DescendantFonts[").Integer(cidFont).Append(" 0 R]/ToUnicode ").Integer(toUnicode).Append(" 0 R>>");
        file.End();

        var body = file.Begin(cidFont).Append("<</Type/Font/Subtype/CIDFontType2/BaseFont/").Append(name)
            .Append("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ").Integer(descriptor)
            .Append(" 0 R/CIDToGIDMap/Identity/W[0[");
        for (var id = 0; id < drawn; id++)
        {
            body.Integer(Scaled(Face.Advance(_glyphs[id]))).Append(' ');
        }

        body.Append("]]>>");
        file.End();

        var box = Face.BoundingBox;
        file.Begin(descriptor).Append("<</Type/FontDescriptor/FontName/").Append(name).Append("/Flags 4/FontBBox[")
            .Integer(Scaled(box[0])).Append(' ').Integer(Scaled(box[1])).Append(' ').Integer(Scaled(box[2])).Append(' ').Integer(Scaled(box[3]))
            .Append("]/ItalicAngle 0/Ascent ").Integer(Scaled(Face.Ascender)).Append("/Descent ").Integer(Scaled(Face.Descender))
            .Append("/CapHeight ").Integer(Scaled(Face.CapHeight)).Append("/StemV 80/FontFile2 ").Integer(fontFile).Append(" 0 R>>");
        file.End();

        file.Begin(fontFile).Stream(program, $"/Length1 {program.Length}", deflate: true);
        file.End();

        file.Begin(toUnicode).Stream(ToUnicodeMap(drawn).Written, string.Empty, deflate: true);
        file.End();
    }

    private ushort NewId(int glyph, int codePoint)
    {
        if (!_newIds.TryGetValue(glyph, out var id))
        {
            id = (ushort)_glyphs.Count;
            _newIds.Add(glyph, id);
            _glyphs.Add(glyph);
            _codePoints.Add(codePoint);
        }

        return id;
    }

    private int Scaled(int units) => (int)Math.Round(units * 1000.0 / Face.UnitsPerEm, MidpointRounding.AwayFromZero);

    /// <summary>A TrueType file with the drawn glyphs and their components, renumbered; hinting tables kept as they are.</summary>
    private byte[] BuildProgram()
    {
        // Components of composite glyphs get numbers too (after the drawn glyphs); the list grows while it is walked.
        for (var id = 0; id < _glyphs.Count; id++)
        {
            var outline = Face.Glyph(_glyphs[id]);
            if (outline.Length > 10 && BinaryPrimitives.ReadInt16BigEndian(outline) < 0)
            {
                for (var at = 10; ; at = NextComponent(outline, at))
                {
                    NewId(BinaryPrimitives.ReadUInt16BigEndian(outline[(at + 2)..]), -1);
                    if ((BinaryPrimitives.ReadUInt16BigEndian(outline[at..]) & MoreComponents) == 0)
                    {
                        break;
                    }
                }
            }
        }

        var count = _glyphs.Count;
        var glyphBytes = 0;
        foreach (var glyph in _glyphs)
        {
            glyphBytes += (Face.Glyph(glyph).Length + 3) & ~3;
        }

        // Directory order is tag order; absent hinting tables are left out.
        var tags = _tableTags.Where(tag => tag is "glyf" or "hmtx" or "loca" || !Face.TableData(tag).IsEmpty).ToArray();
        var lengths = tags.Select(tag => tag switch
        {
            "glyf" => glyphBytes,
            "hmtx" => 4 * count,
            "loca" => 4 * (count + 1),
            _ => Face.TableData(tag).Length,
        }).ToArray();
        var font = new FontWriter(tags, lengths);
        for (var i = 0; i < tags.Length; i++)
        {
            var target = font.Table(i);
            switch (tags[i])
            {
                case "glyf":
                    WriteGlyphs(target, font.Table(Array.IndexOf(tags, "loca")));
                    break;
                case "hmtx":
                    for (var id = 0; id < count; id++)
                    {
                        BinaryPrimitives.WriteUInt16BigEndian(target[(4 * id)..], (ushort)Face.Advance(_glyphs[id]));
                        BinaryPrimitives.WriteInt16BigEndian(target[((4 * id) + 2)..], Face.LeftBearing(_glyphs[id]));
                    }

                    break;
                case "loca":
                    break;
                default:
                    Face.TableData(tags[i]).CopyTo(target);
                    break;
            }
        }

        var head = font.Table(Array.IndexOf(tags, "head"));
        BinaryPrimitives.WriteUInt32BigEndian(head[8..], 0);
        BinaryPrimitives.WriteInt16BigEndian(head[50..], 1); // long 'loca'
        BinaryPrimitives.WriteUInt16BigEndian(font.Table(Array.IndexOf(tags, "hhea"))[34..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(font.Table(Array.IndexOf(tags, "maxp"))[4..], (ushort)count);
        return font.Finish(Array.IndexOf(tags, "head"));
    }

    /// <summary>Copies the outlines in new-id order (4-byte aligned), renumbering the components of composites, and fills 'loca'.</summary>
    private void WriteGlyphs(Span<byte> glyf, Span<byte> loca)
    {
        var at = 0;
        for (var id = 0; id < _glyphs.Count; id++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca[(4 * id)..], (uint)at);
            var outline = Face.Glyph(_glyphs[id]);
            var target = glyf.Slice(at, outline.Length);
            outline.CopyTo(target);
            if (outline.Length > 10 && BinaryPrimitives.ReadInt16BigEndian(outline) < 0)
            {
                for (var c = 10; ; c = NextComponent(outline, c))
                {
                    BinaryPrimitives.WriteUInt16BigEndian(target[(c + 2)..], _newIds[BinaryPrimitives.ReadUInt16BigEndian(outline[(c + 2)..])]);
                    if ((BinaryPrimitives.ReadUInt16BigEndian(outline[c..]) & MoreComponents) == 0)
                    {
                        break;
                    }
                }
            }

            at += (outline.Length + 3) & ~3;
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca[(4 * _glyphs.Count)..], (uint)at);
    }

    /// <summary>Where the next component record of a composite glyph starts.</summary>
    private static int NextComponent(ReadOnlySpan<byte> outline, int at)
    {
        var flags = BinaryPrimitives.ReadUInt16BigEndian(outline[at..]);
        var size = 4 + ((flags & 0x01) != 0 ? 4 : 2);
        size += (flags & 0x08) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0;
        return at + size;
    }

    private PdfBuffer ToUnicodeMap(int drawn)
    {
        var map = new PdfBuffer(256 + (drawn * 20));
        map.Append("/CIDInit/ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def\n")
            .Append("/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n");
        for (var first = 1; first < drawn; first += 100)
        {
            var last = Math.Min(drawn, first + 100);
            map.Integer(last - first).Append(" beginbfchar\n");
            for (var id = first; id < last; id++)
            {
                map.Append('<').Hex4(id).Append("><");
                var codePoint = _codePoints[id];
                if (codePoint >= 0x10000)
                {
                    var s = char.ConvertFromUtf32(codePoint);
                    map.Hex4(s[0]).Hex4(s[1]);
                }
                else
                {
                    map.Hex4(codePoint);
                }

                map.Append(">\n");
            }

            map.Append("endbfchar\n");
        }

        return map.Append("endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n");
    }

    /// <summary>Six letters from the SHA-256 of the original glyph ids: the same glyphs give the same tag.</summary>
    private string Tag()
    {
        var ids = new byte[_glyphs.Count * 2];
        for (var i = 0; i < _glyphs.Count; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(ids.AsSpan(2 * i), (ushort)_glyphs[i]);
        }

        var hash = SHA256.HashData(ids);
        return string.Create(6, hash, (chars, h) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)('A' + (h[i] % 26));
            }
        });
    }
}
