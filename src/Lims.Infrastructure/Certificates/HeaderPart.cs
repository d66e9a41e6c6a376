using Lims.Application.Abstractions.Certificates;
using PdfSharp.Drawing;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// First page: the laboratory with its authorisation (计量授权) and CNAS accreditation on the left, the
/// QR code with the verification code on the right, then the bilingual title and the certificate
/// number (and what an amendment replaces).
/// Later pages: one line with the laboratory, the title and a rule.
/// </summary>
internal static class HeaderPart
{
    private const double QrSize = 64;
    private static readonly TextStyle _labName = new(14, Bold: true);
    private static readonly TextStyle _titleZh = new(20, Bold: true);
    private static readonly TextStyle _titleEn = new(13, Bold: true);
    private static readonly TextStyle _number = new(10, Bold: true);

    public static void DrawFirst(CertificateCanvas canvas, CertificateDocument document, KindWording wording)
    {
        var g = canvas.G;
        var top = CertificateCanvas.Top;
        var left = CertificateCanvas.Left;

        // Left of the QR code and its verification code: the laboratory's name (wrapped), its
        // authorisation and, when it has one, its CNAS accreditation.
        var qr = new XRect(CertificateCanvas.Right - QrSize, top - 6, QrSize, QrSize);
        var small = TextStyle.Small;
        var codeRight = new XRect(qr.Left - 140, top + 30, 136, small.LineHeight);
        var textWidth = codeRight.Left - 8 - left;
        var y = top;
        foreach (var line in TextPainter.Wrap(document.Laboratory.Name, _labName, textWidth))
        {
            TextPainter.Draw(g, line, _labName, left, y + _labName.Ascent);
            y += _labName.LineHeight;
        }

        y += 3;
        var lab = document.Laboratory;
        foreach (var (label, value) in new[] { (Labels.Authorization, lab.AuthorizationNo), (Labels.Accreditation, lab.AccreditationNo) })
        {
            if (value.Length == 0)
            {
                continue;
            }

            foreach (var line in TextPainter.Wrap($"{label}: {value}", small, textWidth))
            {
                TextPainter.Draw(g, line, small, left, y + small.Ascent);
                y += small.LineHeight;
            }
        }

        QrCodePart.Draw(g, document.PublicCheck.Url, qr);
        TextPainter.Draw(g, $"{Labels.VerificationCode}:", small, codeRight, TextAlign.Right);
        codeRight.Offset(0, small.LineHeight + 1);
        TextPainter.Draw(g, document.PublicCheck.VerificationCode, TextStyle.BodyBold, codeRight, TextAlign.Right);

        var titleTop = Math.Max(top + 70, y + 8);
        var english = "  " + wording.Title.En;
        var zhWidth = TextPainter.Measure(wording.Title.Zh, _titleZh);
        var titleX = CertificateCanvas.Left + ((CertificateCanvas.Width - zhWidth - TextPainter.Measure(english, _titleEn)) / 2);
        var baseline = titleTop + _titleZh.Ascent;
        TextPainter.Draw(g, wording.Title.Zh, _titleZh, titleX, baseline);
        TextPainter.Draw(g, english, _titleEn, titleX + zhWidth, baseline);

        canvas.Y = titleTop + _titleZh.LineHeight + 4;
        var numberBox = new XRect(CertificateCanvas.Left, canvas.Y, CertificateCanvas.Width, _number.LineHeight);
        TextPainter.Draw(g, $"{Labels.CertificateNo}: {document.CertificateNumber}", _number, numberBox, TextAlign.Center);
        canvas.Y += _number.LineHeight + 4;

        if (document.Amendment is { } amendment)
        {
            FieldGrid.Draw(canvas, [
                [new Field(Labels.Replaces, amendment.ReplacesCertificateNo, Strong: true)],
                [new Field(Labels.AmendmentReason, amendment.Reason)],
            ]);
            canvas.Y += 4;
        }

        g.DrawLine(CertificateCanvas.Rule, CertificateCanvas.Left, canvas.Y, CertificateCanvas.Right, canvas.Y);
        canvas.Y += 2;
    }

    public static void DrawContinuation(CertificateCanvas canvas, CertificateDocument document, KindWording wording)
    {
        var style = TextStyle.BodyBold;
        var title = wording.Title.ToString();
        var titleBox = new XRect(CertificateCanvas.Left, CertificateCanvas.Top, CertificateCanvas.Width, style.LineHeight);
        TextPainter.Draw(canvas.G, title, style, titleBox, TextAlign.Right);
        var y = CertificateCanvas.Top;
        foreach (var line in TextPainter.Wrap(document.Laboratory.Name, style, CertificateCanvas.Width - TextPainter.Measure(title, style) - 12))
        {
            TextPainter.Draw(canvas.G, line, style, CertificateCanvas.Left, y + style.Ascent);
            y += style.LineHeight;
        }

        y += 3;
        canvas.G.DrawLine(CertificateCanvas.Rule, CertificateCanvas.Left, y, CertificateCanvas.Right, y);
        canvas.Y = y + 4;
    }
}
