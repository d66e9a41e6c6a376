using Lims.Domain.Intake;
using Lims.Domain.WorkOrders;

namespace Lims.Application.Features.WorkOrders;

/// <summary><c>GET /api/work-orders/{id}</c>: the job, its current results and every version sent, newest first.</summary>
public sealed record WorkOrderDetail(
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
    string? PerformedBy,
    string? ReviewedBy,
    string? ReviewComment,
    string? ApprovedBy,
    ResultsResponse? Results,
    IReadOnlyList<ResultsResponse> ResultHistory,
    Certificates.CertificateResponse? Certificate,
    int Version);
