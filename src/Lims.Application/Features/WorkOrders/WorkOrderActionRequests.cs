using Lims.Domain.Measurements;

namespace Lims.Application.Features.WorkOrders;

public sealed record AssignRequest(string? Technician, int? Version);

public sealed record ReviewRequest(bool? Accept, string? Comment, int? Version);

public sealed record ApproveRequest(int? Version);

public sealed record CancelRequest(string? Reason, int? Version);

/// <summary>
/// <c>POST /api/work-orders/{id}/results</c> with free <see cref="Points"/>.
/// </summary>
public sealed record ResultsRequest(
    DateOnly? PerformedOn,
    decimal? TemperatureC,
    decimal? HumidityPct,
    string? Location,
    IReadOnlyList<string>? EquipmentAssetNos,
    DecisionRule? DecisionRule,
    IReadOnlyList<PointRequest>? Points,
    string? Remarks,
    int? Version)
{
    /// <summary>Free points only; a template fixes its own.</summary>
    public Coverage? Coverage { get; init; }

    /// <summary>Free points only: 1 or 2 (default 2).</summary>
    public int? SignificantDigits { get; init; }

    /// <summary>Free points only: r of w = r·U (default 1).</summary>
    public decimal? GuardBandFactor { get; init; }
}

/// <summary>
/// One free point. <c>mpe</c> is the symmetric ±MPE; <c>mpeLower</c>/<c>mpeUpper</c> give
/// asymmetric limits instead.
/// </summary>
public sealed record PointRequest(string? Quantity, string? Unit, decimal? Nominal, IReadOnlyList<decimal>? Readings, decimal? Mpe, IReadOnlyList<ComponentRequest>? UncertaintyComponents)
{
    public decimal? MpeLower { get; init; }

    public decimal? MpeUpper { get; init; }

    public CorrelationRequest? Correlation { get; init; }
}

/// <summary>
/// A Type B input: either <c>standardUncertainty</c> (already u, as the budget's last column) or
/// <c>value</c> with its <c>distribution</c> (and k for a normal one), <c>sensitivityCoefficient</c>
/// (default 1), <c>scale</c> (absolute, or percent/ppm of the reading) and degrees of freedom (absent: infinite).
/// </summary>
public sealed record ComponentRequest(string? Name, double? StandardUncertainty, double? DegreesOfFreedom)
{
    public double? Value { get; init; }

    public Distribution? Distribution { get; init; }

    public double? CoverageFactor { get; init; }

    public double? SensitivityCoefficient { get; init; }

    public ComponentScale? Scale { get; init; }
}

public sealed record CorrelationRequest(string? First, string? Second, double? Coefficient);
