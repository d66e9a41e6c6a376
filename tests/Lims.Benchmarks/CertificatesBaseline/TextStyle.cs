namespace Lims.Benchmarks.CertificatesBaseline;

/// <summary>Size in points, weight and tone of a piece of text.</summary>
internal readonly record struct TextStyle(double Size, bool Bold = false, bool Muted = false)
{
    public static readonly TextStyle Body = new(8.5);
    public static readonly TextStyle BodyBold = new(8.5, Bold: true);
    public static readonly TextStyle Label = new(7.5);
    public static readonly TextStyle LabelMuted = new(7, Muted: true);
    public static readonly TextStyle Small = new(7);
    public static readonly TextStyle Section = new(9.5, Bold: true);

    /// <summary>Distance between baselines of wrapped lines.</summary>
    public double LineHeight => Size * 1.32;

    /// <summary>From the top of a line box to its baseline.</summary>
    public double Ascent => Size * 0.98;
}
