using Lims.Domain.Common;

namespace Lims.Domain.Measurements;

/// <summary>
/// The entry point: evaluates every point of one measurement (spec rule 2), judges it by the
/// decision rule and states the overall conclusion (spec rule 3).
/// </summary>
public static class MeasurementEvaluator
{
    /// <summary>
    /// Verification must use <see cref="DecisionRule.SimpleAcceptance"/>, needs an MPE at every point
    /// and needs U ≤ MPE/3 at every point; otherwise a <see cref="DomainRuleException"/> is thrown
    /// with a code from <see cref="MeasurementRuleCodes"/>. Points are checked in order, and the
    /// first refused point is reported.
    /// </summary>
    public static MeasurementEvaluation Evaluate(MeasurementPurpose purpose, DecisionRule rule, IReadOnlyList<MeasurementPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (!Enum.IsDefined(purpose))
        {
            throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Unknown measurement purpose.");
        }

        if (!Enum.IsDefined(rule))
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown decision rule.");
        }

        var verification = purpose == MeasurementPurpose.Verification;
        if (verification && rule != DecisionRule.SimpleAcceptance)
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.DecisionRuleNotAllowed,
                $"A verification is always judged by simple acceptance (|E| ≤ MPE); the decision rule {rule} is for calibrations only.");
        }

        if (points.Count == 0)
        {
            throw new DomainRuleException(MeasurementRuleCodes.PointsRequired, "There are no measurement points to evaluate.");
        }

        foreach (var point in points)
        {
            MeasurementPointValidator.Validate(point);
            if (verification && point.Mpe is null)
            {
                throw new DomainRuleException(
                    MeasurementRuleCodes.MpeRequired,
                    $"{MeasurementPointValidator.Describe(point)}: a verification needs the maximum permissible error at every point.");
            }
        }

        var results = points.Select(p => PointEvaluator.Evaluate(p, rule)).ToList();
        if (verification)
        {
            foreach (var result in results)
            {
                EnsureUncertaintySupportsVerdict(result);
            }
        }

        var conclusion = OverallConclusionRule.Conclude(purpose, results.Select(r => r.Verdict).ToList());
        return new MeasurementEvaluation(purpose, rule, results, conclusion);
    }

    // U ≤ MPE/3 is tested as 3·U ≤ MPE: exact in decimal, where MPE/3 (e.g. 2.5/3) is not.
    private static void EnsureUncertaintySupportsVerdict(PointResult result)
    {
        var mpe = result.Mpe!.Value;
        var u = result.ExpandedUncertainty;
        if (3m * u <= mpe)
        {
            return;
        }

        // A third of the MPE is shown cut (not rounded) one place finer than U, so it always
        // prints smaller than U: "0.84 g … one third is 0.839 g".
        var third = Math.Round(mpe / 3m, Math.Max(result.DecimalPlaces + 1, 0), MidpointRounding.ToZero);
        var unit = result.Point.Unit;
        throw new DomainRuleException(
            MeasurementRuleCodes.UncertaintyTooLarge,
            FormattableString.Invariant(
                $"{MeasurementPointValidator.Describe(result.Point)}: the expanded uncertainty U = {u} {unit} (k = {result.CoverageFactor}) is larger than one third of the maximum permissible error ±{mpe} {unit}, which is {third} {unit}. The measurement is not accurate enough to support a verification verdict: use a more accurate standard or finer resolution, or take more readings."));
    }
}
