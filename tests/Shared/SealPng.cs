using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Lims.Tests.Shared;

/// <summary>
/// A seal as a laboratory would scan it: a red ring and star on a transparent background, written
/// as an RGBA PNG (signature, IHDR, one IDAT of deflated scanlines, IEND, each chunk with its CRC).
/// </summary>
public static class SealPng
{
    public static byte[] Make(int size = 240)
    {
        var raw = new byte[size * ((size * 4) + 1)];
        var centre = (size - 1) / 2.0;
        var outer = size / 2.0 - 2;
        for (var y = 0; y < size; y++)
        {
            var row = y * ((size * 4) + 1);
            raw[row] = 0; // filter: none
            for (var x = 0; x < size; x++)
            {
                var r = Math.Sqrt(((x - centre) * (x - centre)) + ((y - centre) * (y - centre)));
                var ink = (r <= outer && r >= outer * 0.88) || Star(x - centre, y - centre, outer * 0.35);
                var pixel = row + 1 + (x * 4);
                raw[pixel] = 0xD0;
                raw[pixel + 1] = 0x10;
                raw[pixel + 2] = 0x10;
                raw[pixel + 3] = ink ? (byte)0xE0 : (byte)0;
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
        header[8] = 8; // bits per sample
        header[9] = 6; // RGBA
        Chunk(png, "IHDR", header);
        using (var deflated = new MemoryStream())
        {
            using (var zlib = new ZLibStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(raw);
            }

            Chunk(png, "IDAT", deflated.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A five-pointed star of the given outer radius: inside when within the star's polygon.</summary>
    private static bool Star(double x, double y, double radius)
    {
        var angle = Math.Atan2(y, x) + (Math.PI / 2);
        var sector = (2 * Math.PI) / 5;
        var within = Math.Abs(((angle % sector) + sector) % sector - (sector / 2)) / (sector / 2);
        var edge = radius * (0.4 + (0.6 * within));
        return Math.Sqrt((x * x) + (y * y)) <= edge;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
