using System.Globalization;
using Lims.Application.Abstractions.Receipts;
using Lims.Application.Common;
using Lims.Infrastructure.Certificates;
using PdfSharp.Drawing;

namespace Lims.Infrastructure.Receipts;

/// <summary>
/// The intake receipt on A4 with the certificate's fonts and parts: who handed in what and when,
/// the fees, and a grid of labels, one per item, each with a QR code of its work order number
/// for scanning at the bench.
/// </summary>
public sealed class PdfReceiptRenderer : IReceiptRenderer
{
    private const double LabelHeight = 74;
    private const double QrSize = 58;
    private static readonly TextStyle _title = new(18, Bold: true);
    private static readonly TextStyle _labName = new(13, Bold: true);
    private static readonly TextStyle _labelNumber = new(7.2, Bold: true);
    private static readonly Pen _cutLine = new(PdfColor.Gray, 0.5, Dashed: true);

    public byte[] Render(ReceiptDocument receipt)
    {
        var received = TimeZoneInfo.ConvertTime(receipt.ReceivedAt, ChinaTime.Zone);
        var pdf = new PdfPages();
        var canvas = new CertificateCanvas(pdf);
        canvas.NewPage();
        DrawHeader(canvas, receipt);
        FieldGrid.Draw(canvas, [
            [new Field(new("送检单位", "Customer"), receipt.CustomerName, Strong: true)],
            [new Field(new("信用代码", "Credit code"), receipt.CustomerCreditCode), new Field(new("联系人", "Contact"), $"{receipt.CustomerContact} {receipt.CustomerPhone}")],
            [new Field(new("收样时间", "Received at"), received.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)), new Field(new("收样人", "Received by"), receipt.ReceivedBy)],
        ]);
        SectionTitle.Draw(canvas, new("送检器具", "Items"));
        Table.Draw(canvas, Columns, receipt.Lines.Select(Row));
        DrawTotals(canvas, receipt);
        SectionTitle.Draw(canvas, new("器具标签", "Labels (cut out and attach to each instrument)"));
        DrawLabels(canvas, receipt);
        DrawFooters(canvas, receipt.ReceiptNo);
        return pdf.Save(new PdfInfo($"收样回执 Intake receipt {receipt.ReceiptNo}", null, receipt.LaboratoryName, DateOnly.FromDateTime(received.DateTime)));
    }

    private static readonly TableColumn[] Columns =
    [
        new(new("序号", "No."), 4),
        new(new("工作单号", "Work order"), 15),
        new(new("器具名称", "Instrument"), 12, TextAlign.Left),
        new(new("型号", "Model"), 8),
        new(new("出厂编号", "Serial No."), 10),
        new(new("服务", "Service"), 7),
        new(new("外观及状态", "Condition"), 14, TextAlign.Left),
        new(new("附件", "Accessories"), 10, TextAlign.Left),
        new(new("费用", "Fee"), 6, TextAlign.Right),
        new(new("免征", "Waived"), 6, TextAlign.Right),
    ];

    private static string[] Row(ReceiptLine line) =>
    [
        line.Line.ToString(CultureInfo.InvariantCulture),
        line.WorkOrderNumber,
        line.InstrumentType,
        line.Model,
        line.SerialNumber,
        line.Service == "Verification" ? "检定 Verif." : "校准 Calib.",
        line.ConditionOnReceipt,
        line.Accessories,
        Money(line.Fee),
        Money(line.FeeWaived),
    ];

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static void DrawHeader(CertificateCanvas canvas, ReceiptDocument receipt)
    {
        var y = CertificateCanvas.Top;
        foreach (var (text, style) in new[] { (receipt.LaboratoryName, _labName), (receipt.LaboratoryAddress, TextStyle.Small) })
        {
            foreach (var line in TextPainter.Wrap(text, style, CertificateCanvas.Width))
            {
                TextPainter.Draw(canvas.G, line, style, CertificateCanvas.Left, y + style.Ascent);
                y += style.LineHeight;
            }

            y += 2;
        }

        var titleBox = new XRect(CertificateCanvas.Left, Math.Max(CertificateCanvas.Top + 36, y + 4), CertificateCanvas.Width, _title.LineHeight);
        TextPainter.Draw(canvas.G, "收样回执  Intake Receipt", _title, titleBox, TextAlign.Center);
        var numberBox = new XRect(CertificateCanvas.Left, titleBox.Bottom + 2, CertificateCanvas.Width, TextStyle.BodyBold.LineHeight);
        TextPainter.Draw(canvas.G, $"回执编号 Receipt No.: {receipt.ReceiptNo}", TextStyle.BodyBold, numberBox, TextAlign.Center);
        canvas.Y = numberBox.Bottom + 8;
    }

    private static void DrawTotals(CertificateCanvas canvas, ReceiptDocument receipt)
    {
        var fee = receipt.Lines.Sum(l => l.Fee);
        var waived = receipt.Lines.Sum(l => l.FeeWaived);
        canvas.EnsureSpace(TextStyle.Body.LineHeight + 4);
        var box = new XRect(CertificateCanvas.Left, canvas.Y + 3, CertificateCanvas.Width, TextStyle.Body.LineHeight);
        TextPainter.Draw(canvas.G, $"合计 Total: ¥{Money(fee)}   免征 Waived (compulsory verification): ¥{Money(waived)}   应收 Due: ¥{Money(fee - waived)}", TextStyle.BodyBold, box, TextAlign.Right);
        canvas.Y = box.Bottom + 4;
    }

    private static void DrawLabels(CertificateCanvas canvas, ReceiptDocument receipt)
    {
        const int PerRow = 3;
        var width = CertificateCanvas.Width / PerRow;
        for (var i = 0; i < receipt.Lines.Count; i++)
        {
            if (i % PerRow == 0)
            {
                if (i > 0)
                {
                    canvas.Y += LabelHeight;
                }

                canvas.EnsureSpace(LabelHeight);
            }

            var line = receipt.Lines[i];
            var box = new XRect(CertificateCanvas.Left + (i % PerRow * width), canvas.Y, width, LabelHeight);
            canvas.G.DrawRectangle(_cutLine, box);
            QrCodePart.Draw(canvas.G, line.WorkOrderNumber, new XRect(box.Left + 6, box.Top + 8, QrSize, QrSize));
            var x = box.Left + QrSize + 12;
            var y = box.Top + 14;
            // Each line of a label stays inside it: what is too long for the label is cut with an ellipsis.
            var room = box.Right - 4 - x;
            void Line(string text, TextStyle style, double baseline) => TextPainter.Draw(canvas.G, TextPainter.Fit(text, style, room), style, x, baseline);
            Line(line.WorkOrderNumber, _labelNumber, y);
            Line(line.InstrumentType, TextStyle.Label, y + 13);
            Line($"S/N {line.SerialNumber}", TextStyle.Label, y + 24);
            Line(receipt.CustomerName, TextStyle.Small, y + 35);
            Line(line.Service == "Verification" ? "检定 Verification" : "校准 Calibration", TextStyle.Small, y + 45);
        }

        canvas.Y += LabelHeight;
    }

    private static void DrawFooters(CertificateCanvas canvas, string receiptNo)
    {
        var count = canvas.Pages.Count;
        for (var i = 0; i < count; i++)
        {
            var g = canvas.Pages[i];
            var y = CertificateCanvas.Bottom + 12;
            g.DrawLine(CertificateCanvas.Rule, CertificateCanvas.Left, y, CertificateCanvas.Right, y);
            var line = new XRect(CertificateCanvas.Left, y + 4, CertificateCanvas.Width, TextStyle.Label.LineHeight);
            TextPainter.Draw(g, $"回执编号 Receipt No.: {receiptNo}", TextStyle.Label, line, TextAlign.Left);
            TextPainter.Draw(g, $"第 {i + 1} 页 共 {count} 页 / Page {i + 1} of {count}", TextStyle.Label, line, TextAlign.Right);
            line.Offset(0, TextStyle.Label.LineHeight + 2);
            TextPainter.Draw(g, "取回器具时请出示本回执 / Present this receipt to collect the instruments.", TextStyle.Small, line, TextAlign.Center);
        }
    }
}
