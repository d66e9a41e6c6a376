using PdfSharp.Drawing;
using QRCoder;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// The public-check QR code as vector graphics: each horizontal run of dark modules is one rectangle,
/// all in a single filled path (smaller and sharper than an embedded image).
/// </summary>
internal static class QrCodePart
{
    public static void Draw(PageContent g, string content, XRect box)
    {
        using var data = QRCodeGenerator.GenerateQrCode(content, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = box.Width / matrix.Count;
        var runs = new List<XRect>(matrix.Count * 8);
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            var col = 0;
            while (col < bits.Length)
            {
                if (!bits[col])
                {
                    col++;
                    continue;
                }

                var start = col;
                while (col < bits.Length && bits[col])
                {
                    col++;
                }

                runs.Add(new XRect(box.Left + (start * module), box.Top + (row * module), (col - start) * module, module));
            }
        }

        g.FillRectangles(PdfColor.Black, runs);
    }
}
