using PdfSharp.Fonts;

namespace Lims.Benchmarks.CertificatesBaseline;

/// <summary>
/// Serves the single-face TrueType fonts embedded in this assembly (Certificates/Fonts): DejaVu Sans
/// regular and bold for Latin, Droid Sans Fallback for Chinese (bold is simulated: it has one face).
/// Families it does not know resolve to null so that PDFsharp asks the next resolver.
/// </summary>
internal sealed class CertificateFontResolver : IFontResolver
{
    public const string LatinFamily = "Lims DejaVu Sans";
    public const string CjkFamily = "Lims Droid Sans Fallback";

    private const string LatinRegularFace = "DejaVuSans";
    private const string LatinBoldFace = "DejaVuSans-Bold";
    private const string CjkFace = "DroidSansFallbackFull";

    private static readonly Lazy<byte[]> _latinRegular = new(() => Load(LatinRegularFace));
    private static readonly Lazy<byte[]> _latinBold = new(() => Load(LatinBoldFace));
    private static readonly Lazy<byte[]> _cjk = new(() => Load(CjkFace));

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (string.Equals(familyName, LatinFamily, StringComparison.OrdinalIgnoreCase))
        {
            return new FontResolverInfo(bold ? LatinBoldFace : LatinRegularFace, false, italic);
        }

        if (string.Equals(familyName, CjkFamily, StringComparison.OrdinalIgnoreCase))
        {
            return new FontResolverInfo(CjkFace, bold, italic);
        }

        return null;
    }

    public byte[]? GetFont(string faceName) => faceName switch
    {
        LatinRegularFace => _latinRegular.Value,
        LatinBoldFace => _latinBold.Value,
        CjkFace => _cjk.Value,
        _ => null,
    };

    private static byte[] Load(string face)
    {
        var name = $"Lims.Infrastructure.Certificates.Fonts.{face}.ttf";
        using var stream = typeof(Lims.Infrastructure.Certificates.PdfCertificateRenderer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource {name} is missing from the assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
