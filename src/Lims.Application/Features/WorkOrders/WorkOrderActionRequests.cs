using Lims.Domain.Measurements;

namespace Lims.Application.Features.WorkOrders;

public sealed record AssignRequest(string? Technician, int? Version);

public sealed record ReviewRequest(bool? Accept, string? Comment, int? Version);

public sealed record ApproveRequest(int? Version);

public sealed record CancelRequest(string? Reason, int? Version);

public sealed record ResultsRequest(
    DateOnly? PerformedOn,
    decimal? TemperatureC,
    decimal? HumidityPct,
    string? Location,
    IReadOnlyList<string>? EquipmentAssetNos,
    DecisionRule? DecisionRule,
    IReadOnlyList<PointRequest>? Points,
    string? Remarks,
    int? Version);

public sealed record PointRequest(string? Quantity, string? Unit, decimal? Nominal, IReadOnlyList<decimal>? Readings, decimal? Mpe, IReadOnlyList<ComponentRequest>? UncertaintyComponents);

public sealed record ComponentRequest(string? Name, double? StandardUncertainty, double? DegreesOfFreedom);
