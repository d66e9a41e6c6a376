namespace Lims.Infrastructure.Certificates;

/// <summary>
/// A4 pages that fill from top to bottom. Parts ask for space; when a block does not fit, a new page
/// starts with the continuation header. Every page stays open for drawing until the footers are drawn,
/// because only then is the page count known.
/// </summary>
internal sealed class CertificateCanvas
{
    public const double PageWidth = PageContent.Width;
    public const double PageHeight = PageContent.Height;
    public const double Left = 45;
    public const double Right = PageWidth - 45;
    public const double Width = Right - Left;
    public const double Top = 40;
    public const double Bottom = PageHeight - 68;

    public static readonly Pen Grid = new(new PdfColor(150, 150, 150), 0.4);
    public static readonly Pen Rule = new(new PdfColor(40, 40, 40), 0.9);
    public static readonly PdfColor LabelFill = new(243, 243, 243);
    public static readonly PdfColor HeaderFill = new(228, 232, 238);

    private readonly PdfPages _pdf;
    private readonly List<PageContent> _pages = [];

    public CertificateCanvas(PdfPages pdf)
    {
        _pdf = pdf;
    }

    /// <summary>Drawn at the top of every page after the first.</summary>
    public Action<CertificateCanvas>? ContinuationHeader { get; set; }

    public PageContent G => _pages[^1];

    /// <summary>The document the pages belong to (for its images).</summary>
    public PdfPages Document => _pdf;

    public IReadOnlyList<PageContent> Pages => _pages;

    /// <summary>The top of the free space on the current page.</summary>
    public double Y { get; set; }

    public void NewPage()
    {
        _pages.Add(_pdf.AddPage());
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
}
