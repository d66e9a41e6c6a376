using Lims.Domain.Common;
using Lims.Domain.Competence;
using Lims.Domain.Intake;

namespace Lims.Domain.WorkOrders;

/// <summary>检定/校准任务: one instrument's job inside a submission.</summary>
public sealed class WorkOrder : IVersioned, IBelongsToLaboratory
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

    public DateTimeOffset? AssignedAt { get; private set; }

    /// <summary>Who sent the current results (检定员).</summary>
    public string? PerformedBy { get; private set; }

    /// <summary>The number of the current results version; 0 before any.</summary>
    public int ResultCount { get; private set; }

    /// <summary>Versions of the results one work order keeps (each stays in the history): enough for any correction, not for a flood.</summary>
    public const int MaxResultVersions = 20;

    /// <summary>核验员 of the last review, accepted or not.</summary>
    public string? ReviewedBy { get; private set; }

    public string? ReviewComment { get; private set; }

    /// <summary>批准人.</summary>
    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    /// <summary>Calendar days (China dates) from receipt to approval; the reports' turnaround.</summary>
    public int? TurnaroundDays { get; private set; }

    public string? CertificateNo { get; private set; }

    /// <summary>The version of the procedure's template the work is measured with: fixed once parameters or results are recorded.</summary>
    public Guid? TemplateId { get; private set; }

    /// <summary>The instrument's parameters the template needs (Max, e, class…) as JSON; null until recorded.</summary>
    public string? Parameters { get; private set; }

    public bool IsFinished => Status is WorkOrderStatus.Approved or WorkOrderStatus.Cancelled;

    /// <summary>
    /// The statuses of unfinished work, in declaration order. A field (not a property) so that EF
    /// writes the values into the SQL: the KPI report's query must match, term for term, the
    /// filter of the partial index on open work orders, which is built from the same list.
    /// </summary>
    public static readonly WorkOrderStatus[] OpenStatuses =
        [.. Enum.GetValues<WorkOrderStatus>().Where(s => s is not WorkOrderStatus.Approved and not WorkOrderStatus.Cancelled)];

    /// <summary>
    /// Gives the job to an authorised technician of its laboratory (rule 12); a job not yet reviewed
    /// may be reassigned.
    /// </summary>
    public void Assign(string technician, string? technicianLaboratory, IEnumerable<TechnicianAuthorization> held, DateOnly today, DateTimeOffset at)
    {
        if (Status is not (WorkOrderStatus.Registered or WorkOrderStatus.Assigned or WorkOrderStatus.ResultsRecorded))
        {
            throw new DomainRuleException("invalid-status", $"Work order {Number} is {Status}; only a job not yet reviewed can be assigned.");
        }

        EnsureOfLaboratory(technician, technicianLaboratory, "technician-of-another-laboratory", "technician");

        TechnicianAuthorization.Ensure(held, technician, LaboratoryCode, ProcedureCode, today);
        Assignee = technician;
        AssignedAt = at;
        if (Status == WorkOrderStatus.Registered)
        {
            Status = WorkOrderStatus.Assigned;
        }
    }

    /// <summary>
    /// Accepts a new version of the results from the assignee (rule 5: authorised on the
    /// performance date). Before review they may be sent again; after, they are locked.
    /// </summary>
    public int RecordResults(string performer, string? performerLaboratory, IEnumerable<TechnicianAuthorization> held, DateOnly performedOn, DateOnly receivedOn, DateOnly today)
    {
        if (Status is WorkOrderStatus.Registered)
        {
            throw new DomainRuleException("not-assigned", $"Work order {Number} is not assigned to anyone yet.");
        }

        if (Status is not (WorkOrderStatus.Assigned or WorkOrderStatus.ResultsRecorded))
        {
            throw new DomainRuleException("results-locked", $"Work order {Number} is {Status}: its results can no longer change. Ask the quality manager for an amendment once the certificate is issued.");
        }

        if (performer != Assignee)
        {
            throw new DomainRuleException("not-assignee", $"Work order {Number} is assigned to {Assignee}; only they can record its results.");
        }

        EnsureOfLaboratory(performer, performerLaboratory, "technician-of-another-laboratory", "technician");

        if (performedOn > today || performedOn < receivedOn)
        {
            throw new DomainRuleException("performed-on-out-of-range", $"The performance date {performedOn:yyyy-MM-dd} must lie between receipt ({receivedOn:yyyy-MM-dd}) and today ({today:yyyy-MM-dd}).");
        }

        if (ResultCount >= MaxResultVersions)
        {
            throw new DomainRuleException("too-many-result-versions", $"Work order {Number} already has {ResultCount} versions of its results, the most it may hold. Have the latest reviewed, or cancel the work order and register it again.");
        }

        TechnicianAuthorization.Ensure(held, performer, LaboratoryCode, ProcedureCode, performedOn);
        PerformedBy = performer;
        Status = WorkOrderStatus.ResultsRecorded;
        ResultCount++;
        return ResultCount;
    }

    /// <summary>
    /// Records the instrument's parameters for the template (rule 14) and keeps the template's
    /// version from then on; they may change until the results are reviewed.
    /// </summary>
    public void RecordParameters(Guid templateId, string parameters)
    {
        if (Status is not (WorkOrderStatus.Registered or WorkOrderStatus.Assigned or WorkOrderStatus.ResultsRecorded))
        {
            throw new DomainRuleException("results-locked", $"Work order {Number} is {Status}: its instrument parameters can no longer change.");
        }

        KeepTemplate(templateId);
        Parameters = parameters;
    }

    /// <summary>The first version used stays the work order's, whatever versions come later.</summary>
    public void KeepTemplate(Guid templateId) => TemplateId ??= templateId;

    /// <summary>核验: a different person accepts, or rejects back to the technician with a comment.</summary>
    public void Review(string reviewer, string? reviewerLaboratory, bool accept, string comment)
    {
        if (Status != WorkOrderStatus.ResultsRecorded)
        {
            throw Status == WorkOrderStatus.Reviewed
                ? new DomainRuleException("already-reviewed", $"Work order {Number} has already been reviewed.")
                : new DomainRuleException("invalid-status", $"Work order {Number} is {Status}; only recorded results can be reviewed.");
        }

        if (reviewer == PerformedBy)
        {
            throw new DomainRuleException("same-person", "The reviewer must be a different person from the technician who performed the work.");
        }

        EnsureOfLaboratory(reviewer, reviewerLaboratory, "reviewer-of-another-laboratory", "reviewer");

        ReviewedBy = reviewer;
        ReviewComment = comment;
        Status = accept ? WorkOrderStatus.Reviewed : WorkOrderStatus.Assigned;
    }

    /// <summary>
    /// The customer withdraws the item, or it cannot be measured (broken, wrong type): the job ends
    /// without a certificate, and the instrument can be handed back. Signed work cannot be cancelled.
    /// </summary>
    public void Cancel(string reason)
    {
        if (Status is WorkOrderStatus.Approved or WorkOrderStatus.Cancelled)
        {
            throw new DomainRuleException("invalid-status", $"Work order {Number} is {Status} and cannot be cancelled.");
        }

        CancellationReason = reason;
        Status = WorkOrderStatus.Cancelled;
    }

    public string? CancellationReason { get; private set; }

    /// <summary>
    /// Refuses the approval unless the work is reviewed and the approver is a third person of the
    /// laboratory; checked before the certificate number is drawn, and again by <see cref="Approve"/>.
    /// </summary>
    public void EnsureMayApprove(string approver, string? approverLaboratory)
    {
        if (Status != WorkOrderStatus.Reviewed)
        {
            throw new DomainRuleException("not-reviewed", $"Work order {Number} is {Status}; it must be reviewed before approval.");
        }

        if (approver == PerformedBy || approver == ReviewedBy)
        {
            throw new DomainRuleException("same-person", "The approver must be a different person from both the technician and the reviewer.");
        }

        EnsureOfLaboratory(approver, approverLaboratory, "approver-of-another-laboratory", "approver");
    }

    /// <summary>批准: a third person of the laboratory signs; the certificate is issued with it.</summary>
    public void Approve(string approver, string? approverLaboratory, string certificateNo, DateTimeOffset at, int turnaroundDays)
    {
        EnsureMayApprove(approver, approverLaboratory);
        ApprovedBy = approver;
        ApprovedAt = at;
        TurnaroundDays = turnaroundDays;
        CertificateNo = certificateNo;
        Status = WorkOrderStatus.Approved;
    }

    public static string NumberFor(string receiptNo, int line) => $"{receiptNo}-{line:D2}";

    /// <summary>Rule 12: the performer, reviewer and approver belong to the work order's laboratory.</summary>
    private void EnsureOfLaboratory(string user, string? laboratoryCode, string code, string duty)
    {
        if (laboratoryCode != LaboratoryCode)
        {
            throw new DomainRuleException(code, $"{user} is not a user of laboratory {LaboratoryCode}, to which work order {Number} belongs; its {duty} must be one of that laboratory's people.");
        }
    }
}
