using Lims.Domain.Common;
using Lims.Domain.Instruments;
using Lims.Domain.ReferenceData;
using Lims.Domain.WorkOrders;

namespace Lims.Domain.Intake;

/// <summary>委托单 / 收样: the instruments a customer hands in at once, under one receipt number.</summary>
public sealed class Submission : IVersioned, IBelongsToLaboratory
{
    private readonly List<SubmissionItem> _items = [];

    private Submission()
    {
        ReceiptNo = LaboratoryCode = ReceivedBy = string.Empty;
    }

    public Submission(string receiptNo, Guid customerId, string laboratoryCode, DateTimeOffset receivedAt, string receivedBy)
    {
        Id = Guid.CreateVersion7();
        ReceiptNo = receiptNo;
        CustomerId = customerId;
        LaboratoryCode = laboratoryCode;
        ReceivedAt = receivedAt;
        ReceivedBy = receivedBy;
        Status = SubmissionStatus.Open;
    }

    public Guid Id { get; private set; }

    public string ReceiptNo { get; private set; }

    public Guid CustomerId { get; private set; }

    public string LaboratoryCode { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public string ReceivedBy { get; private set; }

    public SubmissionStatus Status { get; private set; }

    public DateTimeOffset? ReturnedAt { get; private set; }

    public IReadOnlyList<SubmissionItem> Items => _items;

    public int Version { get; private set; }

    /// <summary>
    /// Takes the instrument in and opens its work order. The instrument must belong to this
    /// customer and not be at the laboratory already; a verification needs a JJG regulation.
    /// </summary>
    public WorkOrder TakeIn(Instrument instrument, InstrumentType type, Procedure procedure, ServiceKind service, string conditionOnReceipt, string accessories)
    {
        CheckTakeIn(CustomerId, instrument, type, procedure, service);
        instrument.HandIn();
        var line = _items.Count + 1;
        var workOrder = new WorkOrder(Guid.CreateVersion7(), WorkOrder.NumberFor(ReceiptNo, line), Id, instrument.Id, CustomerId, LaboratoryCode, service, procedure.Code, ReceivedAt);
        // Waived when this instrument, by its type and use, is under compulsory verification (rule 16).
        var (fee, waived) = Fees.For(type.Fee, instrument.CompulsoryVerificationUnder(type) is not null, service);
        _items.Add(new SubmissionItem(Id, line, instrument.Id, service, conditionOnReceipt, accessories, fee, waived, workOrder.Id));
        return workOrder;
    }

    /// <summary>
    /// The rules <see cref="TakeIn"/> enforces, checked without changing anything: so a desk handing
    /// in many submissions at once can refuse one before any receipt number is drawn for it.
    /// </summary>
    public static void CheckTakeIn(Guid customerId, Instrument instrument, InstrumentType type, Procedure procedure, ServiceKind service)
    {
        if (instrument.CustomerId != customerId)
        {
            throw new DomainRuleException("instrument-of-another-customer", $"Instrument {instrument.SerialNumber} belongs to another customer.");
        }

        if (service == ServiceKind.Verification && procedure.Kind != ProcedureKind.VerificationRegulation)
        {
            throw new DomainRuleException("verification-needs-regulation", $"{type.Name} is calibrated under {procedure.Code}, a calibration specification; it cannot be verified. Ask for a calibration.");
        }

        instrument.CheckCanHandIn();
    }

    /// <summary>Hands the instruments back once every work order is approved or cancelled.</summary>
    public void Return(IReadOnlyCollection<WorkOrder> workOrders, IReadOnlyCollection<Instrument> instruments, DateTimeOffset at)
    {
        if (Status == SubmissionStatus.Returned)
        {
            throw new DomainRuleException("already-returned", $"The instruments of {ReceiptNo} were already handed back.");
        }

        var open = workOrders.Where(w => !w.IsFinished).Select(w => $"{w.Number} ({w.Status})").ToList();
        if (open.Count > 0)
        {
            throw new DomainRuleException("work-not-finished", $"Not every work order of {ReceiptNo} is approved or cancelled: {string.Join(", ", open)}.");
        }

        foreach (var instrument in instruments)
        {
            instrument.HandBack();
        }

        Status = SubmissionStatus.Returned;
        ReturnedAt = at;
    }
}
