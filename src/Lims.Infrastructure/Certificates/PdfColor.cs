namespace Lims.Infrastructure.Certificates;

/// <summary>An RGB colour, 0–255 a channel.</summary>
internal readonly record struct PdfColor(byte R, byte G, byte B)
{
    public static readonly PdfColor Black = new(0, 0, 0);
    public static readonly PdfColor Gray = new(128, 128, 128);

    /// <summary>Writes "r g b " as fractions of one.</summary>
    public PdfBuffer WriteTo(PdfBuffer content) => content.Number(R / 255.0).Number(G / 255.0).Number(B / 255.0);
}

/// <summary>A line's colour and width in points; dashed lines mark where to cut.</summary>
internal sealed record Pen(PdfColor Color, double Width, bool Dashed = false);
