namespace Lims.Infrastructure.Certificates;

/// <summary>
/// The faces embedded in this assembly (Certificates/Fonts), each parsed on first use and then shared:
/// DejaVu Sans regular and bold for Latin, Droid Sans Fallback for Chinese (one face; bold is simulated).
/// </summary>
internal static class FontFaces
{
    private static readonly Lazy<FontFace> _latin = new(() => FontFace.Load("DejaVuSans", "DejaVu Sans"));
    private static readonly Lazy<FontFace> _latinBold = new(() => FontFace.Load("DejaVuSans-Bold", "DejaVu Sans,Bold"));
    private static readonly Lazy<FontFace> _cjk = new(() => FontFace.Load("DroidSansFallbackFull", "Droid Sans Fallback"));

    public static FontFace Latin => _latin.Value;

    public static FontFace LatinBold => _latinBold.Value;

    public static FontFace Cjk => _cjk.Value;

    public static FontFace For(bool bold, bool cjk) => cjk ? Cjk : bold ? LatinBold : Latin;
}
