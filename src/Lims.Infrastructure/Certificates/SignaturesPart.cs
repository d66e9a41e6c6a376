using Lims.Application.Abstractions.Certificates;
using PdfSharp.Drawing;

namespace Lims.Infrastructure.Certificates;

/// <summary>Performer, reviewer and approver side by side, each name above a signing line; never split.</summary>
internal static class SignaturesPart
{
    private const double Height = 44;
    private static readonly TextStyle _name = new(10);

    public static void Draw(CertificateCanvas canvas, CertificateSignatories signatories, KindWording wording)
    {
        canvas.EnsureSpace(Height + 10);
        canvas.Y += 12;
        (BilingualLabel Label, string Name)[] people =
        [
            (wording.Performer, signatories.Performer),
            (Labels.Reviewer, signatories.Reviewer),
            (Labels.Approver, signatories.Approver),
        ];
        var width = CertificateCanvas.Width / people.Length;
        for (var i = 0; i < people.Length; i++)
        {
            var x = CertificateCanvas.Left + (i * width);
            var label = new XRect(x, canvas.Y, width - 24, TextStyle.Label.LineHeight);
            LabelCell.Draw(canvas, people[i].Label, label, TextStyle.Label, TextAlign.Left);
            var nameBox = new XRect(x + 4, canvas.Y + 16, width - 28, _name.LineHeight);
            TextPainter.Draw(canvas.G, people[i].Name, _name, nameBox, TextAlign.Center);
            var lineY = canvas.Y + 16 + _name.LineHeight + 2;
            canvas.G.DrawLine(CertificateCanvas.Grid, x, lineY, x + width - 24, lineY);
        }

        canvas.Y += Height;
    }
}
