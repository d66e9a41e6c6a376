using Lims.Domain.Intake;
using Lims.Domain.WorkOrders;

namespace Lims.Application.Features.WorkOrders;

public sealed record WorkOrderSummary(
    Guid Id,
    string Number,
    WorkOrderStatus Status,
    ServiceKind Service,
    string ProcedureCode,
    string LaboratoryCode,
    string? Assignee,
    Guid InstrumentId,
    string InstrumentType,
    string SerialNumber,
    Guid CustomerId,
    string CustomerName,
    DateTimeOffset RegisteredAt,
    int Version);
