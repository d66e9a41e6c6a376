namespace Lims.Domain.Intake;

/// <summary>One instrument handed in, what is to be done with it, and its fee.</summary>
public sealed class SubmissionItem
{
    private SubmissionItem()
    {
        ConditionOnReceipt = Accessories = string.Empty;
    }

    internal SubmissionItem(Guid submissionId, int line, Guid instrumentId, ServiceKind service, string conditionOnReceipt, string accessories, decimal fee, decimal feeWaived, Guid workOrderId)
    {
        Id = Guid.CreateVersion7();
        SubmissionId = submissionId;
        Line = line;
        InstrumentId = instrumentId;
        Service = service;
        ConditionOnReceipt = conditionOnReceipt;
        Accessories = accessories;
        Fee = fee;
        FeeWaived = feeWaived;
        WorkOrderId = workOrderId;
    }

    public Guid Id { get; private set; }

    public Guid SubmissionId { get; private set; }

    /// <summary>1, 2, 3… in the order the items were listed.</summary>
    public int Line { get; private set; }

    public Guid InstrumentId { get; private set; }

    public ServiceKind Service { get; private set; }

    /// <summary>外观及状态: the condition on receipt, as the receptionist saw it.</summary>
    public string ConditionOnReceipt { get; private set; }

    /// <summary>附件: cables, weights, manuals handed in with it.</summary>
    public string Accessories { get; private set; }

    /// <summary>The instrument type's fee at intake.</summary>
    public decimal Fee { get; private set; }

    /// <summary>The part of the fee waived because the verification is compulsory.</summary>
    public decimal FeeWaived { get; private set; }

    public Guid WorkOrderId { get; private set; }
}
