using System.Buffers.Binary;
using System.Text;

namespace Lims.Infrastructure.Certificates;

/// <summary>One entry of a TrueType table directory.</summary>
internal readonly record struct FontTable(string Tag, int Offset, int Length)
{
    /// <summary>The tables in directory order; entries that point outside the file are left out.</summary>
    public static List<FontTable> ReadDirectory(ReadOnlySpan<byte> font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        var tables = new List<FontTable>(count);
        for (var i = 0; i < count; i++)
        {
            var entry = 12 + (16 * i);
            var tag = Encoding.ASCII.GetString(font.Slice(entry, 4));
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(font[(entry + 8)..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(font[(entry + 12)..]);
            if (offset + length <= font.Length)
            {
                tables.Add(new FontTable(tag, offset, length));
            }
        }

        return tables;
    }

    public static bool TryFind(List<FontTable> tables, string tag, out FontTable table)
    {
        var index = tables.FindIndex(t => t.Tag == tag);
        table = index < 0 ? default : tables[index];
        return index >= 0;
    }

    /// <summary>The TrueType checksum: the sum of big-endian 32-bit words, the tail padded with zeros.</summary>
    public static uint Checksum(ReadOnlySpan<byte> data)
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
            tail.Clear();
            data[i..].CopyTo(tail);
            sum += BinaryPrimitives.ReadUInt32BigEndian(tail);
        }

        return sum;
    }
}
