using PdfSharp.Fonts;

namespace Lims.Benchmarks.CertificatesBaseline;

/// <summary>
/// Installs <see cref="CertificateFontResolver"/> into PDFsharp's process-wide settings once,
/// under a lock. PDFsharp allows one primary and one fallback resolver, each to be set before the
/// first font is used and never replaced. So: if the primary slot is free, ours takes it; if another
/// component already set a primary that does not know our family names, ours becomes the fallback
/// (PDFsharp asks it whenever the primary returns null); if neither works, the renderer refuses to
/// start instead of printing with the wrong fonts.
/// </summary>
internal static class CertificateFontInstaller
{
    private static readonly Lock _gate = new();
    private static CertificateFontResolver? _installed;

    /// <summary>The resolver in use; installs it on first call. Safe to call from any thread, any number of times.</summary>
    public static CertificateFontResolver EnsureInstalled()
    {
        var installed = Volatile.Read(ref _installed);
        if (installed is not null)
        {
            return installed;
        }

        lock (_gate)
        {
            _installed ??= Install();
            return _installed;
        }
    }

    private static CertificateFontResolver Install()
    {
        if (GlobalFontSettings.FontResolver is CertificateFontResolver primary)
        {
            return primary;
        }

        if (GlobalFontSettings.FallbackFontResolver is CertificateFontResolver fallback)
        {
            return fallback;
        }

        var ours = new CertificateFontResolver();
        var foreign = GlobalFontSettings.FontResolver;
        if (foreign is null)
        {
            GlobalFontSettings.FontResolver = ours;
            return ours;
        }

        if (foreign.ResolveTypeface(CertificateFontResolver.LatinFamily, false, false) is not null
            || foreign.ResolveTypeface(CertificateFontResolver.CjkFamily, false, false) is not null)
        {
            throw new InvalidOperationException(
                $"Another PDFsharp font resolver ({foreign.GetType().FullName}) answers for every family; " +
                $"let it delegate '{CertificateFontResolver.LatinFamily}' and '{CertificateFontResolver.CjkFamily}' to {nameof(CertificateFontResolver)}.");
        }

        if (GlobalFontSettings.FallbackFontResolver is { } other)
        {
            throw new InvalidOperationException(
                $"PDFsharp's font resolver and fallback resolver are both taken ({foreign.GetType().FullName}, {other.GetType().FullName}); " +
                $"chain {nameof(CertificateFontResolver)} into one of them.");
        }

        GlobalFontSettings.FallbackFontResolver = ours;
        return ours;
    }
}
