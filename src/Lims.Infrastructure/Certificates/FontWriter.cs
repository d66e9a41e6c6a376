using System.Buffers.Binary;
using System.Text;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// Lays out a TrueType file with the given tables, in the given (tag) order, each at a 4-byte
/// boundary; <see cref="Finish"/> writes the directory with checksums and the 'head' checksum adjustment.
/// </summary>
internal sealed class FontWriter
{
    private readonly string[] _tags;
    private readonly int[] _lengths;
    private readonly int[] _offsets;
    private readonly byte[] _font;

    public FontWriter(string[] tags, int[] lengths)
    {
        _tags = tags;
        _lengths = lengths;
        _offsets = new int[tags.Length];
        var at = 12 + (16 * tags.Length);
        for (var i = 0; i < tags.Length; i++)
        {
            _offsets[i] = at;
            at += (lengths[i] + 3) & ~3;
        }

        _font = new byte[at];
        var header = _font.AsSpan();
        var power = 1 << (int)Math.Log2(tags.Length);
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(header[4..], (ushort)tags.Length);
        BinaryPrimitives.WriteUInt16BigEndian(header[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(header[8..], (ushort)Math.Log2(power));
        BinaryPrimitives.WriteUInt16BigEndian(header[10..], (ushort)((tags.Length - power) * 16));
    }

    /// <summary>The room for table <paramref name="index"/>; its padding stays zero.</summary>
    public Span<byte> Table(int index) => _font.AsSpan(_offsets[index], _lengths[index]);

    public byte[] Finish(int headIndex)
    {
        for (var i = 0; i < _tags.Length; i++)
        {
            var entry = _font.AsSpan(12 + (16 * i), 16);
            Encoding.ASCII.GetBytes(_tags[i], entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], FontTable.Checksum(Table(i)));
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)_offsets[i]);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)_lengths[i]);
        }

        if (headIndex >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(Table(headIndex)[8..], 0xB1B0AFBA - FontTable.Checksum(_font));
        }

        return _font;
    }
}
