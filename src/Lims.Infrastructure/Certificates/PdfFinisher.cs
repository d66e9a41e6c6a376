using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// Rewrites the file PDFsharp saved so that the same input gives the same bytes and fonts are small:
/// <list type="bullet">
/// <item>font subsets are compacted (<see cref="FontSubsetCompactor"/>, told which glyphs the text uses
/// by the /W array of their CID font) and deflated again;</item>
/// <item>the random six-letter subset tags become letters of the SHA-256 of the subset's bytes;</item>
/// <item>the trailer /ID and the XMP document and instance ids (random GUIDs in PDFsharp) become the
/// first half of the SHA-256 of the file as written with those ids zeroed;</item>
/// <item>the creation and modification dates are the issue date at midnight in China (+08:00);</item>
/// <item>objects keep their order; the cross-reference table is rebuilt for the new offsets.</item>
/// </list>
/// Works on PDFsharp's own output layout (one classic xref section, uncompressed object headers) and
/// on bytes: only the small dictionaries and the XMP packet are read as text; content streams are
/// copied untouched.
/// </summary>
internal static partial class PdfFinisher
{
    /// <summary>Level 1: the compacted subsets are mostly runs of zeros, which it packs nearly as well as level 6 at a fraction of the time.</summary>
    private const CompressionLevel FontCompression = CompressionLevel.Fastest;
    private const string ZeroUuid = "00000000-0000-0000-0000-000000000000";
    private static readonly Encoding _latin1 = Encoding.Latin1;
    private static readonly string _zeroId = new('0', 32);

    public static byte[] Finish(ReadOnlyMemory<byte> pdf, DateOnly issuedOn)
    {
        var span = pdf.Span;
        var startXref = span.LastIndexOf("startxref"u8);
        if (startXref < 0)
        {
            throw new InvalidOperationException("PDFsharp wrote no startxref.");
        }

        var tail = _latin1.GetString(span[startXref..]);
        var xrefAt = int.Parse(StartXref().Match(tail).Groups[1].Value, CultureInfo.InvariantCulture);
        var xrefText = _latin1.GetString(span[xrefAt..]);
        var objects = XrefEntry().Matches(xrefText).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .Order().Append(xrefAt).ToArray();
        if (objects.Length < 2)
        {
            throw new InvalidOperationException("PDFsharp wrote no objects.");
        }

        var parts = new PdfObjectPart[objects.Length - 1];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = PdfObjectPart.Read(pdf, objects[i], objects[i + 1]);
        }

        var tags = CompactFonts(parts);
        var dates = new DateText(issuedOn);
        var pieces = new List<ReadOnlyMemory<byte>>(parts.Length + 2) { pdf[..objects[0]] };
        var offsets = new List<int>(parts.Length);
        var length = objects[0];
        foreach (var part in parts)
        {
            offsets.Add(length);
            var bytes = part switch
            {
                { Replacement: { } replacement } => replacement,
                { Text: { } text } => _latin1.GetBytes(Patch(text, tags, dates)),
                _ => part.Bytes,
            };
            pieces.Add(bytes);
            length += bytes.Length;
        }

        var xref = new StringBuilder(64 + (20 * offsets.Count));
        xref.Append("xref\n0 ").Append(offsets.Count + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            xref.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        var trailer = xrefText[xrefText.IndexOf("trailer", StringComparison.Ordinal)..];
        trailer = StartXref().Replace(trailer, $"startxref\n{length}\n");
        trailer = TrailerId().Replace(trailer, $"/ID[<{_zeroId}><{_zeroId}>]");
        pieces.Add(_latin1.GetBytes(xref.Append(trailer).ToString()));

        var result = Concat(pieces);
        StampIds(result, length);
        return result;
    }

    /// <summary>Compacts and deflates every embedded TrueType subset; returns PDFsharp's random tag → the tag from the subset's hash.</summary>
    private static Dictionary<string, string> CompactFonts(PdfObjectPart[] parts)
    {
        var fontFileOfDescriptor = new Dictionary<int, int>();
        var tagOfFontFile = new Dictionary<int, string>();
        var glyphsOfDescriptor = new Dictionary<int, HashSet<int>>();
        foreach (var part in parts)
        {
            if (part.Text is not { } text)
            {
                continue;
            }

            if (FontFileOfTag().Match(text) is { Success: true } descriptor)
            {
                var fontFile = int.Parse(descriptor.Groups[2].Value, CultureInfo.InvariantCulture);
                fontFileOfDescriptor[part.Number] = fontFile;
                tagOfFontFile[fontFile] = descriptor.Groups[1].Value;
            }
            else if (CidFontWidths().Match(text) is { Success: true } cidFont)
            {
                glyphsOfDescriptor[int.Parse(cidFont.Groups[1].Value, CultureInfo.InvariantCulture)] = GlyphsOf(cidFont.Groups[2].Value);
            }
        }

        var glyphsOfFontFile = fontFileOfDescriptor
            .Where(d => glyphsOfDescriptor.ContainsKey(d.Key))
            .ToDictionary(d => d.Value, d => glyphsOfDescriptor[d.Key]);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts.Where(p => p.IsFontFile))
        {
            var font = FontSubsetCompactor.Compact(part.StreamData.Span, glyphsOfFontFile.GetValueOrDefault(part.Number));
            if (tagOfFontFile.TryGetValue(part.Number, out var tag))
            {
                tags[tag] = TagOf(font);
            }

            part.Replacement = FontFileObject(part.Number, font);
        }

        return tags;
    }

    /// <summary>The glyph ids of a /W array as PDFsharp writes it: <c>gid[width]</c> pairs, or <c>gid[w w …]</c> for consecutive ids.</summary>
    private static HashSet<int> GlyphsOf(string widths)
    {
        var glyphs = new HashSet<int>();
        foreach (Match entry in WidthEntry().Matches(widths))
        {
            var first = int.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture);
            var count = entry.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            for (var g = first; g < first + count; g++)
            {
                glyphs.Add(g);
            }
        }

        return glyphs;
    }

    private static byte[] FontFileObject(int number, byte[] font)
    {
        using var packed = new MemoryStream(font.Length / 4);
        using (var deflate = new ZLibStream(packed, FontCompression, leaveOpen: true))
        {
            deflate.Write(font);
        }

        var head = _latin1.GetBytes($"{number} 0 obj\n<</Length1 {font.Length}/Filter/FlateDecode/Length {packed.Length}>>\nstream\n");
        var end = "\nendstream\nendobj\n"u8;
        var bytes = new byte[head.Length + packed.Length + end.Length];
        head.CopyTo(bytes, 0);
        packed.GetBuffer().AsSpan(0, (int)packed.Length).CopyTo(bytes.AsSpan(head.Length));
        end.CopyTo(bytes.AsSpan(head.Length + (int)packed.Length));
        return bytes;
    }

    /// <summary>Subset tags, dates and XMP ids of one dictionary or the XMP packet.</summary>
    private static string Patch(string text, Dictionary<string, string> tags, DateText dates)
    {
        text = SubsetTag().Replace(text, m => $"/{m.Groups[1].Value}/{tags.GetValueOrDefault(m.Groups[2].Value, m.Groups[2].Value)}+");
        text = InfoDate().Replace(text, m => $"/{m.Groups[1].Value}(D:{dates.Day}000000+08'00')");
        text = XmpDate().Replace(text, m => $"<xmp:{m.Groups[1].Value}>{dates.Iso}T00:00:00+08:00</xmp:{m.Groups[1].Value}>");
        return XmpUuid().Replace(text, $"uuid:{ZeroUuid}");
    }

    private static byte[] Concat(List<ReadOnlyMemory<byte>> pieces)
    {
        var result = new byte[pieces.Sum(p => p.Length)];
        var at = 0;
        foreach (var piece in pieces)
        {
            piece.Span.CopyTo(result.AsSpan(at));
            at += piece.Length;
        }

        return result;
    }

    /// <summary>Hashes the file with zeroed ids, then writes the id into the trailer and the XMP packet (same lengths).</summary>
    private static void StampIds(byte[] file, int trailerFrom)
    {
        var id = Convert.ToHexString(SHA256.HashData(file), 0, 16);
        var uuid = new Guid(Convert.FromHexString(id)).ToString("D");

        var zeroUuid = _latin1.GetBytes($"uuid:{ZeroUuid}");
        var newUuid = _latin1.GetBytes($"uuid:{uuid}");
        for (var at = file.AsSpan().IndexOf(zeroUuid); at >= 0;)
        {
            newUuid.CopyTo(file, at);
            var next = file.AsSpan(at + newUuid.Length).IndexOf(zeroUuid);
            at = next < 0 ? -1 : at + newUuid.Length + next;
        }

        var zeroTrailerId = _latin1.GetBytes($"/ID[<{_zeroId}><{_zeroId}>]");
        var idAt = file.AsSpan(trailerFrom).IndexOf(zeroTrailerId);
        if (idAt >= 0)
        {
            _latin1.GetBytes($"/ID[<{id}><{id}>]").CopyTo(file, trailerFrom + idAt);
        }
    }

    private static string TagOf(byte[] font)
    {
        var hash = SHA256.HashData(font);
        return string.Create(6, hash, (chars, h) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)('A' + (h[i] % 26));
            }
        });
    }

    /// <summary>The issue date as PDF and XMP print it.</summary>
    private sealed record DateText(string Day, string Iso)
    {
        public DateText(DateOnly issuedOn)
            : this(issuedOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture), issuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        {
        }
    }

    [GeneratedRegex(@"startxref\s+(\d+)\s*")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(\d{10}) 00000 n")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"/(CreationDate|ModDate)\(D:[^)]*\)")]
    private static partial Regex InfoDate();

    [GeneratedRegex(@"<xmp:(CreateDate|ModifyDate)>[^<]*</xmp:\w+>")]
    private static partial Regex XmpDate();

    [GeneratedRegex(@"/FontName/([A-Z]{6})\+[^/]*/FontFile2 (\d+) 0 R")]
    private static partial Regex FontFileOfTag();

    [GeneratedRegex(@"/Subtype/CIDFontType2.*?/FontDescriptor (\d+) 0 R.*?/W\[((?:\d+\[[^\]]*\])*)\]", RegexOptions.Singleline)]
    private static partial Regex CidFontWidths();

    [GeneratedRegex(@"(\d+)\[([^\]]*)\]")]
    private static partial Regex WidthEntry();

    [GeneratedRegex(@"/(BaseFont|FontName)/([A-Z]{6})\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:[0-9a-fA-F-]{36}")]
    private static partial Regex XmpUuid();

    [GeneratedRegex(@"/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]")]
    private static partial Regex TrailerId();
}
