using System.Globalization;
using System.Text;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// One indirect object of a saved PDF, from <c>N 0 obj</c> up to the next object. Dictionaries
/// without a stream and the XMP packet are held as Latin-1 text (they are patched); font files are
/// marked for replacement; every other stream (page contents, ToUnicode maps) stays bytes.
/// </summary>
internal sealed class PdfObjectPart
{
    private static readonly Encoding _latin1 = Encoding.Latin1;

    private PdfObjectPart(int number, ReadOnlyMemory<byte> bytes)
    {
        Number = number;
        Bytes = bytes;
    }

    public int Number { get; }

    /// <summary>The object as PDFsharp wrote it.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The object as text when it is to be patched; null for binary streams.</summary>
    public string? Text { get; private init; }

    /// <summary>An embedded TrueType font program (its dictionary has /Length1).</summary>
    public bool IsFontFile { get; private init; }

    /// <summary>The stream's data as written (font files only).</summary>
    public ReadOnlyMemory<byte> StreamData { get; private init; }

    /// <summary>The whole object rewritten (font files, once compacted).</summary>
    public byte[]? Replacement { get; set; }

    public static PdfObjectPart Read(ReadOnlyMemory<byte> pdf, int from, int to)
    {
        var bytes = pdf[from..to];
        var span = bytes.Span;
        var number = int.Parse(span[..span.IndexOf((byte)' ')], NumberStyles.None, CultureInfo.InvariantCulture);
        var streamAt = span.IndexOf("stream\n"u8);
        if (streamAt < 0)
        {
            return new PdfObjectPart(number, bytes) { Text = _latin1.GetString(span) };
        }

        var dictionary = span[..streamAt];
        if (dictionary.IndexOf("/Length1"u8) >= 0)
        {
            var dataAt = streamAt + "stream\n".Length;
            var length = LengthOf(dictionary);
            if (dictionary.IndexOf("/Filter"u8) >= 0)
            {
                throw new InvalidOperationException($"The font file {number} is compressed: PdfCertificateRenderer saves with NoCompression so that the finisher compacts it.");
            }

            return new PdfObjectPart(number, bytes) { IsFontFile = true, StreamData = bytes.Slice(dataAt, length) };
        }

        return dictionary.IndexOf("/Type/Metadata"u8) >= 0
            ? new PdfObjectPart(number, bytes) { Text = _latin1.GetString(span) }
            : new PdfObjectPart(number, bytes);
    }

    private static int LengthOf(ReadOnlySpan<byte> dictionary)
    {
        var key = "/Length "u8;
        var at = dictionary.IndexOf(key) + key.Length;
        var end = at;
        while (end < dictionary.Length && char.IsAsciiDigit((char)dictionary[end]))
        {
            end++;
        }

        return int.Parse(dictionary[at..end], NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
