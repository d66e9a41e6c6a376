using System.IO.Compression;
using Lims.Application.Abstractions.Certificates;
using StbImageSharp;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// A seal PNG decoded (StbImageSharp) into what a PDF image needs: the RGB samples and, for a
/// transparent seal, the alpha as a soft mask, each deflated. A large scan is reduced (by averaging
/// whole blocks of pixels) to at most <see cref="PrintedSide"/> pixels a side: about 400 dpi in the
/// seal area, more than a print shows.
/// </summary>
internal sealed record SealImage(int Width, int Height, byte[] Rgb, byte[]? Alpha)
{
    public const int MinSide = 32;
    public const int MaxSide = 2000;
    public const int PrintedSide = 500;

    public static SealImage Decode(byte[] png)
    {
        var image = ImageResult.FromMemory(png, ColorComponents.RedGreenBlueAlpha);
        var step = (Math.Max(image.Width, image.Height) + PrintedSide - 1) / PrintedSide;
        var width = image.Width / step;
        var height = image.Height / step;
        var rgb = new byte[width * height * 3];
        var alpha = new byte[width * height];
        var opaque = true;
        Span<int> sum = stackalloc int[4];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                sum.Clear();
                for (var dy = 0; dy < step; dy++)
                {
                    for (var dx = 0; dx < step; dx++)
                    {
                        var source = ((((y * step) + dy) * image.Width) + (x * step) + dx) * 4;
                        for (var c = 0; c < 4; c++)
                        {
                            sum[c] += image.Data[source + c];
                        }
                    }
                }

                var pixel = (y * width) + x;
                var count = step * step;
                for (var c = 0; c < 3; c++)
                {
                    rgb[(pixel * 3) + c] = (byte)(sum[c] / count);
                }

                alpha[pixel] = (byte)(sum[3] / count);
                opaque &= alpha[pixel] == 255;
            }
        }

        return new SealImage(width, height, Deflate(rgb), opaque ? null : Deflate(alpha));
    }

    /// <summary>Writes the image (and its soft mask) as PDF image XObjects, already deflated.</summary>
    public void Write(PdfFileWriter file, int image, int mask)
    {
        var size = $"/Width {Width}/Height {Height}/BitsPerComponent 8";
        var smask = Alpha is null ? "" : $"/SMask {mask} 0 R";
        file.Begin(image).Stream(Rgb, $"/Filter/FlateDecode/Type/XObject/Subtype/Image{size}/ColorSpace/DeviceRGB{smask}", deflate: false);
        file.End();
        if (Alpha is { } alpha)
        {
            file.Begin(mask).Stream(alpha, $"/Filter/FlateDecode/Type/XObject/Subtype/Image{size}/ColorSpace/DeviceGray", deflate: false);
            file.End();
        }
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
