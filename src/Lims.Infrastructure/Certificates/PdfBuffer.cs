using System.IO.Compression;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// A growable byte buffer for PDF syntax: ASCII text, numbers with at most three decimals, glyph
/// ids as hex. Numbers are formatted by hand (invariant, no allocation): content streams hold
/// thousands of them.
/// </summary>
internal sealed class PdfBuffer
{
    /// <summary>
    /// zlib level 2: for a two-page certificate 5 times faster than level 6 on the contents and twice on the
    /// fonts, for about 3 KB more in all (level 1 would add 13 KB).
    /// </summary>
    private static readonly ZLibCompressionOptions _deflate = new() { CompressionLevel = 2 };

    private byte[] _bytes;

    public PdfBuffer(int capacity)
    {
        _bytes = new byte[capacity];
    }

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public PdfBuffer Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Room(bytes.Length));
        Length += bytes.Length;
        return this;
    }

    /// <summary>ASCII text (names, operators, dictionary keys).</summary>
    public PdfBuffer Append(string text)
    {
        var room = Room(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            room[i] = (byte)text[i];
        }

        Length += text.Length;
        return this;
    }

    public PdfBuffer Append(char c)
    {
        Room(1)[0] = (byte)c;
        Length++;
        return this;
    }

    /// <summary>A number rounded to three decimals, trailing zeros dropped, followed by a space.</summary>
    public PdfBuffer Number(double value)
    {
        var scaled = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        if (scaled < 0)
        {
            Append('-');
            scaled = -scaled;
        }

        Integer(scaled / 1000);
        var fraction = (int)(scaled % 1000);
        if (fraction != 0)
        {
            Append('.');
            var digits = 3;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            var room = Room(digits);
            for (var i = digits - 1; i >= 0; i--)
            {
                room[i] = (byte)('0' + (fraction % 10));
                fraction /= 10;
            }

            Length += digits;
        }

        return Append(' ');
    }

    public PdfBuffer Integer(long value)
    {
        if (value < 0)
        {
            Append('-');
            value = -value;
        }

        var digits = 1;
        for (var v = value; v >= 10; v /= 10)
        {
            digits++;
        }

        var room = Room(digits);
        for (var i = digits - 1; i >= 0; i--)
        {
            room[i] = (byte)('0' + (value % 10));
            value /= 10;
        }

        Length += digits;
        return this;
    }

    /// <summary>Four upper-case hex digits (a two-byte glyph id or UTF-16 unit).</summary>
    public PdfBuffer Hex4(int value)
    {
        var room = Room(4);
        for (var i = 3; i >= 0; i--)
        {
            room[i] = (byte)"0123456789ABCDEF"[value & 0xF];
            value >>= 4;
        }

        Length += 4;
        return this;
    }

    /// <summary>A stream object: its dictionary with /Length (and /Filter when deflated), then the data.</summary>
    public PdfBuffer Stream(ReadOnlySpan<byte> data, string extraKeys, bool deflate)
    {
        if (!deflate)
        {
            Append("<</Length ").Integer(data.Length).Append(extraKeys).Append(">>\nstream\n");
            return Append(data).Append("\nendstream");
        }

        using var packed = new MemoryStream(Math.Max(256, data.Length / 2));
        using (var zlib = new ZLibStream(packed, _deflate, leaveOpen: true))
        {
            zlib.Write(data);
        }

        var compressed = packed.GetBuffer().AsSpan(0, (int)packed.Length);
        Append("<</Length ").Integer(compressed.Length).Append("/Filter/FlateDecode").Append(extraKeys).Append(">>\nstream\n");
        return Append(compressed).Append("\nendstream");
    }

    private Span<byte> Room(int count)
    {
        if (Length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
        }

        return _bytes.AsSpan(Length, count);
    }
}
