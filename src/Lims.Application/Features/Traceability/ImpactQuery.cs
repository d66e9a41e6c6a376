namespace Lims.Application.Features.Traceability;

/// <summary>Filters of <c>GET /api/traceability/impact</c>: the equipment and the window.</summary>
public sealed record ImpactQuery(string? AssetNo, DateOnly? From, DateOnly? To);
