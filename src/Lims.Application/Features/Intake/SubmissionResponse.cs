using Lims.Domain.Instruments;
using Lims.Domain.Intake;
using Lims.Domain.WorkOrders;

namespace Lims.Application.Features.Intake;

public sealed record SubmissionResponse(
    Guid Id,
    string ReceiptNo,
    Guid CustomerId,
    string CustomerName,
    string LaboratoryCode,
    DateTimeOffset ReceivedAt,
    string ReceivedBy,
    SubmissionStatus Status,
    DateTimeOffset? ReturnedAt,
    decimal TotalFee,
    decimal TotalFeeWaived,
    IReadOnlyList<SubmissionItemResponse> Items,
    int Version);

public sealed record SubmissionItemResponse(
    int Line,
    Guid InstrumentId,
    string InstrumentType,
    string SerialNumber,
    string Model,
    InstrumentStatus InstrumentStatus,
    ServiceKind Service,
    string ConditionOnReceipt,
    string Accessories,
    decimal Fee,
    decimal FeeWaived,
    Guid WorkOrderId,
    string WorkOrderNumber,
    WorkOrderStatus WorkOrderStatus);
