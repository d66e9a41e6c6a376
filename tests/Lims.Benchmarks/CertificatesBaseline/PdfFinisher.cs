using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Lims.Benchmarks.CertificatesBaseline;

/// <summary>
/// Rewrites the file PDFsharp saved so that the same input gives the same bytes and fonts are small:
/// <list type="bullet">
/// <item>font subsets are compacted (<see cref="FontSubsetCompactor"/>) and deflated again;</item>
/// <item>the random six-letter subset tags become letters of the SHA-256 of the subset's bytes;</item>
/// <item>the trailer /ID and the XMP document and instance ids (random GUIDs in PDFsharp) become the
/// first half of the SHA-256 of the file as written with those ids zeroed;</item>
/// <item>the creation and modification dates are the issue date at midnight in China (+08:00);</item>
/// <item>objects keep their order; the cross-reference table is rebuilt for the new offsets.</item>
/// </list>
/// Works on PDFsharp's own output layout (one classic xref section, uncompressed object headers).
/// </summary>
internal static partial class PdfFinisher
{
    private static readonly Encoding _latin1 = Encoding.Latin1;
    private const string ZeroUuid = "00000000-0000-0000-0000-000000000000";

    public static byte[] Finish(byte[] pdf, DateOnly issuedOn)
    {
        var text = _latin1.GetString(pdf);
        var xrefAt = int.Parse(StartXref().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        var objects = XrefEntry().Matches(text, xrefAt).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .Order().Append(xrefAt).ToArray();

        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var fontFileOfTag = FontFileOfTag().Matches(text).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var body = new StringBuilder(text.Length);
        if (objects.Length < 2)
        {
            throw new InvalidOperationException("PDFsharp wrote no objects.");
        }

        body.Append(text, 0, objects[0]);
        var offsets = new List<int>(objects.Length);
        for (var i = 0; i < objects.Length - 1; i++)
        {
            offsets.Add(body.Length);
            var obj = text[objects[i]..objects[i + 1]];
            body.Append(obj.Contains("/Length1", StringComparison.Ordinal) ? CompactFontFile(obj, fontFileOfTag, tags) : FixDates(obj, issuedOn));
        }

        var xref = body.Length;
        body.Append("xref\n0 ").Append(offsets.Count + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            body.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        var trailer = text[text.IndexOf("trailer", xrefAt, StringComparison.Ordinal)..];
        body.Append(StartXref().Replace(trailer, $"startxref\n{xref}\n"));

        var result = SubsetTag().Replace(body.ToString(), m => $"/{m.Groups[1].Value}/{(tags.TryGetValue(m.Groups[2].Value, out var t) ? t : m.Groups[2].Value)}+");
        result = XmpUuid().Replace(result, $"uuid:{ZeroUuid}");
        result = TrailerId().Replace(result, $"/ID[<{new string('0', 32)}><{new string('0', 32)}>]");
        var bytes = _latin1.GetBytes(result);

        var id = Convert.ToHexString(SHA256.HashData(bytes), 0, 16);
        var uuid = new Guid(Convert.FromHexString(id)).ToString("D");
        result = TrailerId().Replace(result, $"/ID[<{id}><{id}>]");
        result = XmpUuid().Replace(result, $"uuid:{uuid}");
        return _latin1.GetBytes(result);
    }

    /// <summary>
    /// PDFsharp writes dates with the machine's UTC offset; the laboratory's is +08:00 (Asia/Shanghai)
    /// wherever the server runs. Same length as PDFsharp's own format, so stream lengths hold.
    /// </summary>
    private static string FixDates(string obj, DateOnly issuedOn)
    {
        var day = issuedOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var iso = issuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        obj = InfoDate().Replace(obj, m => $"/{m.Groups[1].Value}(D:{day}000000+08'00')");
        return XmpDate().Replace(obj, m => $"<xmp:{m.Groups[1].Value}>{iso}T00:00:00+08:00</xmp:{m.Groups[1].Value}>");
    }

    private static string CompactFontFile(string obj, Dictionary<string, string> fontFileOfTag, Dictionary<string, string> tags)
    {
        var start = obj.IndexOf("stream\n", StringComparison.Ordinal) + "stream\n".Length;
        var length = int.Parse(StreamLength().Match(obj).Groups[1].Value, CultureInfo.InvariantCulture);
        var bytes = _latin1.GetBytes(obj.Substring(start, length));
        if (obj[..start].Contains("/FlateDecode", StringComparison.Ordinal))
        {
            using var input = new ZLibStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var font = new MemoryStream();
            input.CopyTo(font);
            bytes = font.ToArray();
        }

        FontSubsetCompactor.Compact(bytes);

        var objectNumber = obj[..obj.IndexOf(' ', StringComparison.Ordinal)];
        foreach (var (tag, fontFile) in fontFileOfTag)
        {
            if (fontFile == objectNumber)
            {
                tags[tag] = TagOf(bytes);
            }
        }

        using var packed = new MemoryStream();
        using (var deflate = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(bytes);
        }

        var data = _latin1.GetString(packed.GetBuffer(), 0, (int)packed.Length);
        return $"{objectNumber} 0 obj\n<</Length1 {bytes.Length}/Filter/FlateDecode/Length {data.Length}>>\nstream\n{data}\nendstream\nendobj\n";
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

    [GeneratedRegex(@"startxref\s+(\d+)\s*")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(\d{10}) 00000 n")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"/(CreationDate|ModDate)\(D:[^)]*\)")]
    private static partial Regex InfoDate();

    [GeneratedRegex(@"<xmp:(CreateDate|ModifyDate)>[^<]*</xmp:\w+>")]
    private static partial Regex XmpDate();

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex StreamLength();

    [GeneratedRegex(@"/FontName/([A-Z]{6})\+[^/]*/FontFile2 (\d+) 0 R")]
    private static partial Regex FontFileOfTag();

    [GeneratedRegex(@"/(BaseFont|FontName)/([A-Z]{6})\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:[0-9a-fA-F-]{36}")]
    private static partial Regex XmpUuid();

    [GeneratedRegex(@"/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]")]
    private static partial Regex TrailerId();
}
