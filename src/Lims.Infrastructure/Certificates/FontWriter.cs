using System.Buffers.Binary;
using System.Text;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// Lays out a TrueType file with the tables of a source font, in directory order, each at a 4-byte
/// boundary with the given lengths; <see cref="Finish"/> writes the directory with checksums and the
/// 'head' checksum adjustment.
/// </summary>
internal sealed class FontWriter
{
    private readonly List<FontTable> _tables;
    private readonly int[] _lengths;
    private readonly int[] _offsets;
    private readonly byte[] _font;

    public FontWriter(ReadOnlySpan<byte> source, List<FontTable> tables, int[] lengths)
    {
        _tables = tables;
        _lengths = lengths;
        _offsets = new int[tables.Count];
        var at = 12 + (16 * tables.Count);
        for (var i = 0; i < tables.Count; i++)
        {
            _offsets[i] = at;
            at += (lengths[i] + 3) & ~3;
        }

        _font = new byte[at];
        source[..12].CopyTo(_font);
        BinaryPrimitives.WriteUInt16BigEndian(_font.AsSpan(4), (ushort)tables.Count);
    }

    /// <summary>The room for table <paramref name="index"/>; its padding stays zero.</summary>
    public Span<byte> Table(int index) => _font.AsSpan(_offsets[index], _lengths[index]);

    public byte[] Finish(int headIndex)
    {
        for (var i = 0; i < _tables.Count; i++)
        {
            var entry = _font.AsSpan(12 + (16 * i), 16);
            Encoding.ASCII.GetBytes(_tables[i].Tag, entry);
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
