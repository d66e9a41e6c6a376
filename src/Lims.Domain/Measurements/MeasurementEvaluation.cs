namespace Lims.Domain.Measurements;

/// <summary>The evaluated points, the decision rule they were judged by, and the overall conclusion.</summary>
public sealed record MeasurementEvaluation(
    MeasurementPurpose Purpose,
    DecisionRule DecisionRule,
    IReadOnlyList<PointResult> Points,
    OverallConclusion Conclusion);
