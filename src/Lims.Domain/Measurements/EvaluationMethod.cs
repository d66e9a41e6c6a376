namespace Lims.Domain.Measurements;

/// <summary>
/// How the points of one measurement are evaluated and judged: what the procedure (or its
/// template) fixes, the same for every point.
/// </summary>
/// <param name="Purpose">Verification or calibration.</param>
/// <param name="Rule">The decision rule; a verification is always judged by <see cref="DecisionRule.Jjf1094"/>.</param>
public sealed record EvaluationMethod(MeasurementPurpose Purpose, DecisionRule Rule)
{
    /// <summary>A verification, JJF 1094, 95 %, two significant digits.</summary>
    public static readonly EvaluationMethod Verification = new(MeasurementPurpose.Verification, DecisionRule.Jjf1094);

    public Coverage Coverage { get; init; } = Coverage.P95;

    /// <summary>Of the expanded uncertainty: 1 or 2 (JJF 1059.1).</summary>
    public int SignificantDigits { get; init; } = 2;

    /// <summary>r of the guard band w = r·U, for <see cref="DecisionRule.GuardBanded"/>; positive.</summary>
    public decimal GuardBandFactor { get; init; } = 1m;
}
