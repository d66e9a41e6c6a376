using Lims.Application.Abstractions.Certificates;
using PdfSharp.Drawing;

namespace Lims.Infrastructure.Certificates;

/// <summary>The equipment used, its calibration and its standard's assessment, then the traceability statement.</summary>
internal static class EquipmentPart
{
    private static readonly TableColumn[] _columns =
    [
        new(new("标准器名称", "Equipment"), 92, TextAlign.Left),
        new(new("编号", "Asset No."), 52),
        new(new("校准证书号", "Calibration certificate"), 78),
        new(new("有效期", "Due date"), 50),
        new(new("计量标准", "Measurement standard"), 92, TextAlign.Left),
        new(new("考核证书号", "Assessment certificate"), 82),
        new(new("有效期", "Expiry"), 50),
    ];

    public static void Draw(CertificateCanvas canvas, IReadOnlyList<CertificateEquipment> equipment)
    {
        SectionTitle.Draw(canvas, Labels.Equipment);
        Table.Draw(canvas, _columns, equipment.Select(e => new[]
        {
            e.Name,
            e.AssetNo,
            e.CalibrationCertificateNo,
            Formats.Date(e.CalibrationValidUntil),
            e.StandardName,
            e.StandardAssessmentCertificateNo,
            Formats.Date(e.StandardAssessmentValidUntil),
        }));

        canvas.Y += 3;
        Paragraph(canvas, Labels.Traceability.Zh);
        Paragraph(canvas, Labels.Traceability.En);
    }

    private static void Paragraph(CertificateCanvas canvas, string text)
    {
        var style = TextStyle.Small;
        foreach (var line in TextPainter.Wrap(text, style, CertificateCanvas.Width))
        {
            canvas.EnsureSpace(style.LineHeight);
            TextPainter.Draw(canvas.G, line, style, new XRect(CertificateCanvas.Left, canvas.Y, CertificateCanvas.Width, style.LineHeight), TextAlign.Left);
            canvas.Y += style.LineHeight;
        }
    }
}
