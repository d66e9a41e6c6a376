using System.Text.Json.Serialization;
using Lims.Domain.Measurements;

namespace Lims.Application.Features.WorkOrders;

/// <summary>One point as sent and as the server evaluated it; stored with each results version.</summary>
/// <param name="Mpe">The ±MPE of a symmetric tolerance; <c>null</c> for an asymmetric one (see the limits) or none.</param>
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
    /// <summary>The test item the point belongs to (its code), for a template's worksheet.</summary>
    public string? TestItem { get; init; }

    public decimal? MpeLower { get; init; }

    public decimal? MpeUpper { get; init; }

    public CorrelationRequest? Correlation { get; init; }

    /// <summary>How k was chosen; with <see cref="CoverageProbability"/> printed "k = 2.12, p ≈ 95 %".</summary>
    public Coverage Coverage { get; init; }

    public double? CoverageProbability { get; init; }

    /// <summary>Verification: U ≤ MPE/3, so the verdict ignored U (JJF 1094).</summary>
    public bool UncertaintyNeglected { get; init; }

    /// <summary>The budget as evaluated: u(xᵢ), cᵢ and cᵢ·u(xᵢ) of each input, Type A last.</summary>
    public IReadOnlyList<BudgetLine> Budget { get; init; } = [];

    /// <summary>The limits the verdict was decided on (older results hold only a symmetric <see cref="Mpe"/>).</summary>
    [JsonIgnore]
    public Tolerance? Tolerance => MpeLower is { } lower && MpeUpper is { } upper ? new Tolerance(lower, upper) : Mpe is { } mpe ? Domain.Measurements.Tolerance.Symmetric(mpe) : null;

    public static EvaluatedPoint From(PointResult r, string? testItem = null) => new(
        r.Point.Quantity, r.Point.Unit, r.Point.Nominal, r.Point.Readings, r.Mpe is { IsSymmetric: true } symmetric ? symmetric.Upper : null,
        [.. r.Point.TypeBComponents.Select(c => new ComponentRequest(c.Name, null, c.DegreesOfFreedom)
        {
            Value = c.Value,
            Distribution = c.Distribution,
            CoverageFactor = c.Distribution == Distribution.Normal ? c.CoverageFactor : null,
            SensitivityCoefficient = c.SensitivityCoefficient,
            Scale = c.Scale,
        })],
        r.ReportedMean, r.ReportedError, r.TypeAStandardUncertainty, r.CombinedStandardUncertainty, r.EffectiveDegreesOfFreedom,
        r.ExpandedUncertainty, r.CoverageFactor, r.DecimalPlaces, r.Verdict)
    {
        TestItem = testItem,
        MpeLower = r.Mpe?.Lower,
        MpeUpper = r.Mpe?.Upper,
        Correlation = r.Point.Correlation is { } c ? new CorrelationRequest(c.First, c.Second, c.Coefficient) : null,
        Coverage = r.Coverage,
        CoverageProbability = Domain.Measurements.CoverageFactor.Probability(r.Coverage),
        UncertaintyNeglected = r.UncertaintyNeglected,
        Budget = r.Budget,
    };
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
