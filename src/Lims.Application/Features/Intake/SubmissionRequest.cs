using Lims.Domain.Intake;

namespace Lims.Application.Features.Intake;

public sealed record SubmissionRequest(Guid? CustomerId, string? LaboratoryCode, IReadOnlyList<SubmissionItemRequest>? Items);

public sealed record SubmissionItemRequest(Guid? InstrumentId, ServiceKind? Service, string? ConditionOnReceipt, string? Accessories);

/// <summary>The answer to <c>POST /api/submissions</c>; a retry with the same Idempotency-Key gets it again.</summary>
public sealed record SubmissionCreated(Guid Id, string ReceiptNo, DateTimeOffset ReceivedAt, IReadOnlyList<SubmissionCreatedItem> Items);

public sealed record SubmissionCreatedItem(Guid InstrumentId, Guid WorkOrderId, string WorkOrderNumber);

/// <summary>Optional version for <c>POST /api/submissions/{id}/return</c>.</summary>
public sealed record ReturnRequest(int? Version);
