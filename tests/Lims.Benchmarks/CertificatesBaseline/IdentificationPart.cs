using Lims.Application.Abstractions.Certificates;

namespace Lims.Benchmarks.CertificatesBaseline;

/// <summary>Customer, instrument, procedure and dates: what was tested, for whom, when, against what.</summary>
internal static class IdentificationPart
{
    public static void Draw(CertificateCanvas canvas, CertificateDocument document, KindWording wording)
    {
        var instrument = document.Instrument;
        canvas.Y += 6;
        FieldGrid.Draw(canvas, [
            [new Field(Labels.Customer, document.Customer.Name, Strong: true)],
            [new Field(Labels.CustomerAddress, document.Customer.Address)],
            [new Field(Labels.Instrument, instrument.Description), new Field(Labels.Manufacturer, instrument.Manufacturer)],
            [new Field(Labels.Model, instrument.Model), new Field(Labels.SerialNo, instrument.SerialNumber)],
            [new Field(Labels.Range, instrument.Range), new Field(Labels.AccuracyClass, instrument.AccuracyClass)],
            [new Field(wording.Procedure, $"{document.Procedure.Code} 《{document.Procedure.Title}》")],
            [new Field(Labels.Condition, instrument.ConditionOnReceipt), new Field(Labels.ReceivedOn, Formats.Date(document.ReceivedOn))],
            [new Field(wording.PerformedOn, Formats.Date(document.PerformedOn)), new Field(Labels.IssuedOn, Formats.Date(document.IssuedOn))],
        ]);
    }
}
