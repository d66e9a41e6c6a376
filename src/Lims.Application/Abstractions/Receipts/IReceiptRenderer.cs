namespace Lims.Application.Abstractions.Receipts;

/// <summary>Prints the intake receipt (收样回执) with a label per item to stick on the instrument.</summary>
public interface IReceiptRenderer
{
    byte[] Render(ReceiptDocument receipt);
}

/// <param name="ReceivedBy">The receiving clerk's display name, as the customer knows them.</param>
public sealed record ReceiptDocument(
    string ReceiptNo,
    string LaboratoryName,
    string LaboratoryAddress,
    string CustomerName,
    string CustomerCreditCode,
    string CustomerContact,
    string CustomerPhone,
    DateTimeOffset ReceivedAt,
    string ReceivedBy,
    IReadOnlyList<ReceiptLine> Lines);

/// <summary>One item; <see cref="WorkOrderNumber"/> is what its label's QR code carries.</summary>
public sealed record ReceiptLine(
    int Line,
    string WorkOrderNumber,
    string InstrumentType,
    string Model,
    string SerialNumber,
    string Service,
    string ConditionOnReceipt,
    string Accessories,
    decimal Fee,
    decimal FeeWaived);
