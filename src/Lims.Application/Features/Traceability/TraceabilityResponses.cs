using Lims.Domain.Standards;

namespace Lims.Application.Features.Traceability;

/// <summary>The chain of one piece of equipment on a date, link by link from the equipment upwards.</summary>
public sealed record ChainResponse(string AssetNo, DateOnly On, bool Valid, IReadOnlyList<TraceabilityLink> Links);

/// <summary>One thing the quality manager must act on: what kind, about what, the facts, and what to do.</summary>
public sealed record TraceabilityFinding(string Kind, string Subject, string Detail, string Action);

/// <summary>
/// Work orders whose results used the equipment in the window [from, to], with the certificate
/// issued for each (the current one, after amendments) and the customer to notify
/// (ISO/IEC 17025 7.10). Work still in progress is listed too, without a certificate.
/// </summary>
/// <summary><c>StillToTell</c>: the certificates among them whose customer is not yet recorded as told.</summary>
public sealed record ImpactResponse(string AssetNo, EquipmentStatus Status, DateOnly? From, DateOnly To, string Window, int Count, int StillToTell, IReadOnlyList<AffectedWorkOrder> WorkOrders);

public sealed record AffectedWorkOrder(
    Guid WorkOrderId,
    string WorkOrderNumber,
    DateOnly PerformedOn,
    Guid? CalibrationId,
    string? CalibrationCertificateNo,
    string? CertificateNo,
    Lims.Domain.Certificates.CertificateKind? CertificateKind,
    Guid CustomerId,
    string CustomerName,
    string ContactName,
    string Phone,
    CustomerTold? Told);

/// <summary>How, when and by whom the customer was told about the equipment (null in <see cref="AffectedWorkOrder.Told"/>: not yet).</summary>
public sealed record CustomerTold(Lims.Domain.Standards.NoticeMethod How, DateOnly ToldOn, string ToldBy, string? Note);

/// <summary>Rule 6 for a certificate: the chain of every piece of equipment its results used, on the performance date.</summary>
public sealed record CertificateChainResponse(string CertificateNo, DateOnly PerformedOn, bool Valid, IReadOnlyList<ChainResponse> Equipment);
