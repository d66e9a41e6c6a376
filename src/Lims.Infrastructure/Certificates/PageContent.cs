using PdfSharp.Drawing;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// The content stream of one A4 page, written as it is drawn. Callers measure from the top left in
/// points, as on paper; PDF measures from the bottom left, so every y is turned over here. The fill
/// colour, stroke colour and line width are set only when they change.
/// </summary>
internal sealed class PageContent
{
    public const double Width = 595.28;
    public const double Height = 841.89;

    private readonly PdfPages _document;
    private PdfColor? _fill;
    private PdfColor? _stroke;
    private double _lineWidth = -1;

    public PageContent(PdfPages document)
    {
        _document = document;
    }

    public PdfBuffer Content { get; } = new(64 * 1024);

    public void DrawLine(Pen pen, double x1, double y1, double x2, double y2)
    {
        Stroke(pen);
        Content.Number(x1).Number(Height - y1).Append("m ").Number(x2).Number(Height - y2).Append("l S\n");
    }

    public void DrawRectangle(Pen pen, XRect box)
    {
        Stroke(pen);
        Rectangle(box).Append(pen.Dashed ? "S [] 0 d\n" : "S\n");
    }

    /// <summary>A rectangle filled with <paramref name="fill"/> and outlined with <paramref name="pen"/>.</summary>
    public void DrawRectangle(Pen pen, PdfColor fill, XRect box)
    {
        Fill(fill);
        Stroke(pen);
        Rectangle(box).Append(pen.Dashed ? "B [] 0 d\n" : "B\n");
    }

    /// <summary>Many rectangles as one filled path (a QR code's modules).</summary>
    public void FillRectangles(PdfColor fill, IEnumerable<XRect> boxes)
    {
        Fill(fill);
        foreach (var box in boxes)
        {
            Rectangle(box);
        }

        Content.Append("f\n");
    }

    /// <summary>An image of the document (<see cref="PdfPages.Image"/>) scaled into <paramref name="box"/>.</summary>
    public void DrawImage(string name, XRect box)
    {
        Content.Append("q ").Number(box.Width).Append("0 0 ").Number(box.Height).Number(box.Left).Number(Height - box.Bottom)
            .Append("cm /").Append(name).Append(" Do Q\n");
    }

    /// <summary>
    /// One run of text in one face, its left end at <paramref name="x"/> and its baseline at <paramref name="baseline"/>.
    /// Simulated bold outlines the glyphs as well (a stroke of 2 % of the size), for faces without a bold weight.
    /// </summary>
    public void DrawText(FontFace face, double size, PdfColor color, bool simulateBold, double x, double baseline, ReadOnlySpan<char> text)
    {
        Fill(color);
        if (simulateBold)
        {
            color.WriteTo(Content.Append("q ")).Append("RG ").Number(size * 0.02).Append("w 2 Tr ");
        }

        var font = _document.Subset(face);
        Content.Append("BT /").Append(font.ResourceName).Append(' ').Number(size).Append("Tf ")
            .Number(x).Number(Height - baseline).Append("Td ");
        font.Encode(text, Content);
        Content.Append(simulateBold ? "Tj ET Q\n" : "Tj ET\n");
    }

    private PdfBuffer Rectangle(XRect box) =>
        Content.Number(box.Left).Number(Height - box.Bottom).Number(box.Width).Number(box.Height).Append("re ");

    private void Fill(PdfColor color)
    {
        if (_fill != color)
        {
            color.WriteTo(Content).Append("rg\n");
            _fill = color;
        }
    }

    private void Stroke(Pen pen)
    {
        if (_stroke != pen.Color)
        {
            pen.Color.WriteTo(Content).Append("RG\n");
            _stroke = pen.Color;
        }

        if (_lineWidth != pen.Width)
        {
            Content.Number(pen.Width).Append("w\n");
            _lineWidth = pen.Width;
        }

        if (pen.Dashed)
        {
            Content.Append("[3 2] 0 d ");
        }
    }
}
