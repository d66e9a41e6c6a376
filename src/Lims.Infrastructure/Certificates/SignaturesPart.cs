using Lims.Application.Abstractions.Certificates;
using PdfSharp.Drawing;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// On the cover: approver, reviewer and performer one under the other, each name above a signing
/// line, and beside them the seal area (检定专用章 / 校准专用章) with the laboratory's seal image when
/// it has one, else an empty circle for the stamp. Never split.
/// </summary>
internal static class SignaturesPart
{
    private const double SealSize = 96;
    private const double RowHeight = 30;
    private const double LabelWidth = 96;
    private static readonly TextStyle _name = new(10);
    private static readonly Pen _sealOutline = new(new PdfColor(190, 190, 190), 0.6, Dashed: true);

    public static void Draw(CertificateCanvas canvas, CertificateDocument document, KindWording wording)
    {
        var signatories = document.Signatories;
        (BilingualLabel Label, string Name)[] people =
        [
            (Labels.Approver, signatories.Approver),
            (Labels.Reviewer, signatories.Reviewer),
            (wording.Performer, signatories.Performer),
        ];
        var sealLeft = CertificateCanvas.Right - SealSize - 20;
        var nameWidth = sealLeft - 24 - CertificateCanvas.Left - LabelWidth;
        var names = people.Select(p => TextPainter.Wrap(p.Name, _name, nameWidth)).ToList();
        var rows = names.Select(n => Math.Max(RowHeight, (n.Count * _name.LineHeight) + 12)).ToList();
        var height = Math.Max(rows.Sum(), SealSize + TextStyle.Small.LineHeight + 6);
        canvas.EnsureSpace(height + 12);
        canvas.Y += 12;

        var y = canvas.Y;
        for (var i = 0; i < people.Length; i++)
        {
            var label = new XRect(CertificateCanvas.Left, y + rows[i] - 12 - TextStyle.Label.LineHeight, LabelWidth, TextStyle.Label.LineHeight);
            LabelCell.Draw(canvas, people[i].Label, label, TextStyle.Label, TextAlign.Left);
            var top = y + rows[i] - 6 - (names[i].Count * _name.LineHeight);
            foreach (var line in names[i])
            {
                TextPainter.Draw(canvas.G, line, _name, new XRect(CertificateCanvas.Left + LabelWidth, top, nameWidth, _name.LineHeight), TextAlign.Center);
                top += _name.LineHeight;
            }

            var lineY = y + rows[i] - 4;
            canvas.G.DrawLine(CertificateCanvas.Grid, CertificateCanvas.Left + LabelWidth, lineY, CertificateCanvas.Left + LabelWidth + nameWidth, lineY);
            y += rows[i];
        }

        DrawSeal(canvas, document, wording, new XRect(sealLeft, canvas.Y, SealSize, SealSize));
        canvas.Y += height;
    }

    private static void DrawSeal(CertificateCanvas canvas, CertificateDocument document, KindWording wording, XRect box)
    {
        if (document.Laboratory.Seal is { } png)
        {
            var image = SealImage.Decode(png);
            // Kept square-ish: the image is fitted into the area with its own proportions.
            var scale = Math.Min(box.Width / image.Width, box.Height / image.Height);
            var fitted = new XRect(box.Left + ((box.Width - (image.Width * scale)) / 2), box.Top + ((box.Height - (image.Height * scale)) / 2), image.Width * scale, image.Height * scale);
            canvas.G.DrawImage(canvas.Document.Image(image), fitted);
        }
        else
        {
            canvas.G.DrawRectangle(_sealOutline, box);
        }

        var caption = new XRect(box.Left - 20, box.Bottom + 3, box.Width + 40, TextStyle.Small.LineHeight);
        LabelCell.Draw(canvas, new BilingualLabel($"({wording.Seal.Zh})", wording.Seal.En), caption, TextStyle.Small, TextAlign.Center);
    }
}
