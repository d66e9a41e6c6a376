using Lims.Domain.Standards;

namespace Lims.Application.Features.Traceability;

/// <summary>The chain of one piece of equipment on a date, link by link from the equipment upwards.</summary>
public sealed record ChainResponse(string AssetNo, DateOnly On, bool Valid, IReadOnlyList<TraceabilityLink> Links);

/// <summary>One thing the quality manager must act on: what kind, about what, the facts, and what to do.</summary>
public sealed record TraceabilityFinding(string Kind, string Subject, string Detail, string Action);

/// <summary>
/// Work orders whose results used the equipment in the window [from, to]. When certificates exist,
/// their numbers and the customers to notify will be joined here.
/// </summary>
public sealed record ImpactResponse(string AssetNo, EquipmentStatus Status, DateOnly? From, DateOnly To, string Window, int Count, IReadOnlyList<AffectedWorkOrder> WorkOrders);

public sealed record AffectedWorkOrder(Guid WorkOrderId, DateOnly PerformedOn, Guid? CalibrationId, string? CalibrationCertificateNo);

public sealed record ImpactQuery(string? AssetNo, DateOnly? From, DateOnly? To);
