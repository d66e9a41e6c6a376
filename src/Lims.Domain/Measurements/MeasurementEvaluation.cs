namespace Lims.Domain.Measurements;

/// <summary>The evaluated points, the method they were evaluated and judged by, and the overall conclusion.</summary>
public sealed record MeasurementEvaluation(
    EvaluationMethod Method,
    IReadOnlyList<PointResult> Points,
    OverallConclusion Conclusion)
{
    public MeasurementPurpose Purpose => Method.Purpose;

    public DecisionRule DecisionRule => Method.Rule;
}
