using System.IO.Compression;
using Lims.Application.Abstractions.Certificates;
using StbImageSharp;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// A seal PNG decoded (StbImageSharp) into what a PDF image needs: the RGB samples and, for a
/// transparent seal, the alpha as a soft mask, each deflated.
/// </summary>
internal sealed record SealImage(int Width, int Height, byte[] Rgb, byte[]? Alpha)
{
    public const int MinSide = 32;
    public const int MaxSide = 2000;

    public static SealImage Decode(byte[] png)
    {
        var image = ImageResult.FromMemory(png, ColorComponents.RedGreenBlueAlpha);
        var pixels = image.Width * image.Height;
        var rgb = new byte[pixels * 3];
        var alpha = new byte[pixels];
        var opaque = true;
        for (var i = 0; i < pixels; i++)
        {
            rgb[i * 3] = image.Data[i * 4];
            rgb[(i * 3) + 1] = image.Data[(i * 4) + 1];
            rgb[(i * 3) + 2] = image.Data[(i * 4) + 2];
            alpha[i] = image.Data[(i * 4) + 3];
            opaque &= alpha[i] == 255;
        }

        return new SealImage(image.Width, image.Height, Deflate(rgb), opaque ? null : Deflate(alpha));
    }

    private static byte[] Deflate(byte[] samples)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(samples);
        }

        return output.ToArray();
    }
}

/// <summary>Accepts a seal image only when it is a PNG of a printable size that decodes.</summary>
public sealed class SealImages : ISealImages
{
    public string? Problem(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(signature))
        {
            return "it is not a PNG file";
        }

        try
        {
            var info = ImageInfo.FromStream(new MemoryStream(png));
            if (info is not { } size || size.Width < SealImage.MinSide || size.Height < SealImage.MinSide || size.Width > SealImage.MaxSide || size.Height > SealImage.MaxSide)
            {
                return $"its size must be between {SealImage.MinSide} and {SealImage.MaxSide} pixels a side";
            }

            SealImage.Decode(png);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NotSupportedException or IOException)
        {
            return "it cannot be read as an image";
        }
    }
}
