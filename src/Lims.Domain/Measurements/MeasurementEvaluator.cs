using Lims.Domain.Common;

namespace Lims.Domain.Measurements;

/// <summary>
/// Evaluates every point of one measurement (rule 2), judges it by the decision rule and states
/// the overall conclusion (rule 3). One point alone: <see cref="PointEvaluator.Evaluate"/>.
/// </summary>
public static class MeasurementEvaluator
{
    /// <summary>
    /// A verification is judged by JJF 1094 and needs an MPE at every point; a point whose U is
    /// larger than a third of its MPE is judged with U taken into account (it may be undetermined),
    /// never refused. Input that cannot be evaluated throws a <see cref="DomainRuleException"/>
    /// with a code from <see cref="MeasurementRuleCodes"/>; the first refused point is reported.
    /// </summary>
    public static MeasurementEvaluation Evaluate(EvaluationMethod method, IReadOnlyList<MeasurementPoint> points, IReadOnlyList<PointVerdict?>? testItemVerdicts = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        EvaluationMethodRules.Validate(method);
        ResultLimits.Ensure(points);
        if (points.Count == 0)
        {
            throw new DomainRuleException(MeasurementRuleCodes.PointsRequired, "There are no measurement points to evaluate.");
        }

        var results = new List<PointResult>(points.Count);
        foreach (var point in points)
        {
            results.Add(PointEvaluator.Evaluate(point, method));
        }

        List<PointVerdict?> verdicts = [.. results.Select(r => r.Verdict), .. testItemVerdicts ?? []];
        var conclusion = OverallConclusionRule.Conclude(method.Purpose, verdicts);
        return new MeasurementEvaluation(method, results, conclusion);
    }

    /// <summary>The same with 95 % coverage and two significant digits.</summary>
    public static MeasurementEvaluation Evaluate(MeasurementPurpose purpose, DecisionRule rule, IReadOnlyList<MeasurementPoint> points) =>
        Evaluate(new EvaluationMethod(purpose, rule), points);
}
