using Lims.Domain.Common;
using Lims.Domain.Intake;

namespace Lims.Domain.WorkOrders;

/// <summary>检定/校准任务: one instrument's job inside a submission.</summary>
public sealed class WorkOrder : IVersioned
{
    private WorkOrder()
    {
        Number = LaboratoryCode = ProcedureCode = string.Empty;
    }

    public WorkOrder(Guid id, string number, Guid submissionId, Guid instrumentId, Guid customerId, string laboratoryCode, ServiceKind service, string procedureCode, DateTimeOffset registeredAt)
    {
        Id = id;
        Number = number;
        SubmissionId = submissionId;
        InstrumentId = instrumentId;
        CustomerId = customerId;
        LaboratoryCode = laboratoryCode;
        Service = service;
        ProcedureCode = procedureCode;
        RegisteredAt = registeredAt;
        Status = WorkOrderStatus.Registered;
    }

    public Guid Id { get; private set; }

    /// <summary>The receipt number and the item's line, e.g. <c>JM-SJ-2026-000001-01</c>; printed on the instrument's label.</summary>
    public string Number { get; private set; }

    public Guid SubmissionId { get; private set; }

    public Guid InstrumentId { get; private set; }

    public Guid CustomerId { get; private set; }

    public string LaboratoryCode { get; private set; }

    public ServiceKind Service { get; private set; }

    public string ProcedureCode { get; private set; }

    public WorkOrderStatus Status { get; private set; }

    /// <summary>The technician's user name once assigned.</summary>
    public string? Assignee { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public int Version { get; private set; }

    public bool IsFinished => Status is WorkOrderStatus.Approved or WorkOrderStatus.Cancelled;

    public static string NumberFor(string receiptNo, int line) => $"{receiptNo}-{line:D2}";
}
