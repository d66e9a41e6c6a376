using System.Globalization;
using System.Text;

namespace Lims.Infrastructure.Certificates;

/// <summary>The title, subject and author of a PDF, and the day it is dated (midnight, China time).</summary>
internal sealed record PdfInfo(string Title, string? Subject, string Author, DateOnly Date);

/// <summary>
/// A PDF being drawn: its A4 pages and one font subset per face the pages use. <see cref="Save"/>
/// writes catalog, pages, contents (deflated), fonts and info: the same drawing gives the same bytes.
/// </summary>
internal sealed class PdfPages
{
    private readonly List<PageContent> _pages = [];
    private readonly List<FontSubset> _subsets = [];
    private readonly List<SealImage> _images = [];

    public PageContent AddPage()
    {
        var page = new PageContent(this);
        _pages.Add(page);
        return page;
    }

    /// <summary>The subset of <paramref name="face"/> for this document, created on first use.</summary>
    public FontSubset Subset(FontFace face)
    {
        foreach (var subset in _subsets)
        {
            if (subset.Face == face)
            {
                return subset;
            }
        }

        var added = new FontSubset(face, $"F{_subsets.Count}");
        _subsets.Add(added);
        return added;
    }

    /// <summary>Adds an image to the document and returns the name pages draw it by.</summary>
    public string Image(SealImage image)
    {
        _images.Add(image);
        return $"Im{_images.Count - 1}";
    }

    public byte[] Save(PdfInfo info)
    {
        var file = new PdfFileWriter();
        var catalog = file.NewObject();
        var pageTree = file.NewObject();
        var resources = file.NewObject();
        var infoObject = file.NewObject();
        var fonts = _subsets.Select(_ => file.NewObject()).ToArray();
        var images = _images.Select(i => (Image: file.NewObject(), Mask: i.Alpha is null ? 0 : file.NewObject())).ToArray();
        var pages = _pages.Select(_ => (Page: file.NewObject(), Content: file.NewObject())).ToArray();

        file.Begin(catalog).Append("<</Type/Catalog/Pages ").Integer(pageTree).Append(" 0 R>>");
        file.End();

        var tree = file.Begin(pageTree).Append("<</Type/Pages/Count ").Integer(pages.Length).Append("/Kids[");
        foreach (var (page, _) in pages)
        {
            tree.Integer(page).Append(" 0 R ");
        }

        tree.Append("]>>");
        file.End();

        var fontResources = file.Begin(resources).Append("<</ProcSet[/PDF/Text]/Font<<");
        for (var i = 0; i < fonts.Length; i++)
        {
            fontResources.Append('/').Append(_subsets[i].ResourceName).Append(' ').Integer(fonts[i]).Append(" 0 R");
        }

        fontResources.Append(">>");
        if (images.Length > 0)
        {
            fontResources.Append("/XObject<<");
            for (var i = 0; i < images.Length; i++)
            {
                fontResources.Append("/Im").Integer(i).Append(' ').Integer(images[i].Image).Append(" 0 R");
            }

            fontResources.Append(">>");
        }

        fontResources.Append(">>");
        file.End();

        for (var i = 0; i < pages.Length; i++)
        {
            file.Begin(pages[i].Page).Append("<</Type/Page/Parent ").Integer(pageTree).Append(" 0 R/MediaBox[0 0 ")
                .Number(PageContent.Width).Number(PageContent.Height).Append("]/Resources ").Integer(resources)
                .Append(" 0 R/Contents ").Integer(pages[i].Content).Append(" 0 R>>");
            file.End();
            file.Begin(pages[i].Content).Stream(_pages[i].Content.Written, string.Empty, deflate: true);
            file.End();
        }

        for (var i = 0; i < fonts.Length; i++)
        {
            _subsets[i].Write(file, fonts[i]);
        }

        for (var i = 0; i < images.Length; i++)
        {
            _images[i].Write(file, images[i].Image, images[i].Mask);
        }

        var date = $"(D:{info.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}000000+08'00')";
        var dictionary = file.Begin(infoObject).Append("<</Title").Append(TextString(info.Title));
        if (info.Subject is not null)
        {
            dictionary.Append("/Subject").Append(TextString(info.Subject));
        }

        dictionary.Append("/Author").Append(TextString(info.Author)).Append("/Creator(Lims)/Producer(Lims)/CreationDate")
            .Append(date).Append("/ModDate").Append(date).Append(">>");
        file.End();
        return file.Finish(catalog, infoObject);
    }

    /// <summary>A PDF text string: UTF-16BE with a byte-order mark, as hex.</summary>
    private static string TextString(string text)
    {
        return $"<FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>";
    }
}
