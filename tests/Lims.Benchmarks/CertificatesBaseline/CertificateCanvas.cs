using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Lims.Benchmarks.CertificatesBaseline;

/// <summary>
/// A4 pages that fill from top to bottom. Parts ask for space; when a block does not fit, a new page
/// starts with the continuation header. Every page's graphics stay open until the footers are drawn,
/// because only then is the page count known.
/// </summary>
internal sealed class CertificateCanvas : IDisposable
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double Left = 45;
    public const double Right = PageWidth - 45;
    public const double Width = Right - Left;
    public const double Top = 40;
    public const double Bottom = PageHeight - 68;

    public static readonly XPen Grid = new(XColor.FromArgb(150, 150, 150), 0.4);
    public static readonly XPen Rule = new(XColor.FromArgb(40, 40, 40), 0.9);
    public static readonly XBrush LabelFill = new XSolidBrush(XColor.FromArgb(243, 243, 243));
    public static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(228, 232, 238));

    private readonly PdfDocument _pdf;
    private readonly List<XGraphics> _pages = [];

    public CertificateCanvas(PdfDocument pdf, TextPainter text)
    {
        _pdf = pdf;
        Text = text;
    }

    public TextPainter Text { get; }

    /// <summary>Drawn at the top of every page after the first.</summary>
    public Action<CertificateCanvas>? ContinuationHeader { get; set; }

    public XGraphics G => _pages[^1];

    public IReadOnlyList<XGraphics> Pages => _pages;

    /// <summary>The top of the free space on the current page.</summary>
    public double Y { get; set; }

    public void NewPage()
    {
        var page = _pdf.AddPage();
        page.Size = PageSize.A4;
        _pages.Add(XGraphics.FromPdfPage(page));
        Y = Top;
        if (_pages.Count > 1)
        {
            ContinuationHeader?.Invoke(this);
        }
    }

    public bool Fits(double height) => Y + height <= Bottom;

    public void EnsureSpace(double height)
    {
        if (!Fits(height))
        {
            NewPage();
        }
    }

    public void Dispose()
    {
        foreach (var page in _pages)
        {
            page.Dispose();
        }
    }
}
