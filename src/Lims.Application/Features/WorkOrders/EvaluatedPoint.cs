using Lims.Domain.Measurements;

namespace Lims.Application.Features.WorkOrders;

/// <summary>One point as sent and as the server evaluated it; stored with each results version.</summary>
public sealed record EvaluatedPoint(
    string Quantity,
    string Unit,
    decimal Nominal,
    IReadOnlyList<decimal> Readings,
    decimal? Mpe,
    IReadOnlyList<ComponentRequest> UncertaintyComponents,
    decimal Mean,
    decimal Error,
    double? TypeAStandardUncertainty,
    double CombinedStandardUncertainty,
    double? EffectiveDegreesOfFreedom,
    decimal ExpandedUncertainty,
    decimal CoverageFactor,
    int DecimalPlaces,
    PointVerdict? Verdict)
{
    public static EvaluatedPoint From(PointResult r) => new(
        r.Point.Quantity, r.Point.Unit, r.Point.Nominal, r.Point.Readings, r.Point.Mpe,
        [.. r.Point.TypeBComponents.Select(c => new ComponentRequest(c.Name, c.StandardUncertainty, c.DegreesOfFreedom))],
        r.ReportedMean, r.ReportedError, r.TypeAStandardUncertainty, r.CombinedStandardUncertainty, r.EffectiveDegreesOfFreedom,
        r.ExpandedUncertainty, r.CoverageFactor, r.DecimalPlaces, r.Verdict);
}

/// <summary>One version of the results.</summary>
public sealed record ResultsResponse(
    int Number,
    DateTimeOffset RecordedAt,
    string RecordedBy,
    DateOnly PerformedOn,
    decimal TemperatureC,
    decimal HumidityPct,
    string Location,
    IReadOnlyList<string> EquipmentAssetNos,
    DecisionRule DecisionRule,
    OverallConclusion Conclusion,
    IReadOnlyList<EvaluatedPoint> Points,
    string Remarks);
