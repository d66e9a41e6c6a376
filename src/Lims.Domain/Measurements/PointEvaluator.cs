using Lims.Domain.Common;

namespace Lims.Domain.Measurements;

/// <summary>
/// Evaluates one point (rule 2) and judges it (rule 3). Readings, mean and error stay decimal, so
/// the mean of decimal readings and E = r̄ − x₀ carry no binary rounding; the uncertainty
/// arithmetic (square roots, Welch–Satterthwaite, t quantiles) is done in double, whose 15–16
/// digits are far more than the two significant digits U is reported to. Pure and fast (a few
/// microseconds): the bench evaluates a point as the technician types its readings.
/// </summary>
public static class PointEvaluator
{
    /// <summary>The name of the Type A line of the budget.</summary>
    public const string TypeAName = "Type A (repeatability)";

    // The reported U must fit a decimal with its significant digits and leave room for the mean
    // and error at the same decimal place; no laboratory quantity in a sensible unit is outside.
    private const double SmallestReportableUncertainty = 1e-20;
    private const double LargestReportableUncertainty = 1e20;

    /// <summary>Validates, evaluates and judges one point; throws <see cref="DomainRuleException"/> for input that cannot be evaluated.</summary>
    public static PointResult Evaluate(MeasurementPoint point, EvaluationMethod method)
    {
        EvaluationMethodRules.Validate(method);
        MeasurementPointValidator.Validate(point);
        if (method.Purpose == MeasurementPurpose.Verification && point.Mpe is null)
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.MpeRequired,
                $"{MeasurementPointValidator.Describe(point)}: a verification needs the maximum permissible error at every point.");
        }

        return EvaluateValid(point, method);
    }

    internal static PointResult EvaluateValid(MeasurementPoint point, EvaluationMethod method)
    {
        var readings = point.Readings;
        var n = readings.Count;
        var sum = 0m;
        for (var i = 0; i < n; i++)
        {
            sum += readings[i];
        }

        var mean = sum / n;
        var error = mean - point.Nominal;

        var budget = new List<BudgetLine>(point.TypeBComponents.Count + 1);
        foreach (var component in point.TypeBComponents)
        {
            var u = component.StandardUncertainty(mean);
            budget.Add(new BudgetLine(component.Name, component.Distribution, component.Divisor, u, component.SensitivityCoefficient, component.SensitivityCoefficient * u, component.DegreesOfFreedom));
        }

        double? typeA = null;
        int? typeADegreesOfFreedom = null;
        if (n >= 2)
        {
            // Deviations are exact in decimal; only their squares go to double.
            var sumOfSquares = 0.0;
            for (var i = 0; i < n; i++)
            {
                var deviation = (double)(readings[i] - mean);
                sumOfSquares += deviation * deviation;
            }

            typeA = Math.Sqrt(sumOfSquares / (n - 1)) / Math.Sqrt(n);
            typeADegreesOfFreedom = n - 1;
            budget.Add(new BudgetLine(TypeAName, Distribution.Standard, 1.0, typeA.Value, 1.0, typeA.Value, n - 1));
        }

        var where = MeasurementPointValidator.Describe(point);
        var combined = Combine(budget, point.Correlation);
        if (!(combined > 0.0))
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.UncertaintyZero,
                $"{where}: the combined uncertainty is zero. Add the Type B components, at least the resolution d/(2√3) and the standard's U/k.");
        }

        var effectiveDegreesOfFreedom = WelchSatterthwaite.EffectiveDegreesOfFreedom(combined, budget);
        var k = CoverageFactor.For(method.Coverage, effectiveDegreesOfFreedom);
        var unrounded = (double)k * combined;
        if (unrounded is < SmallestReportableUncertainty or > LargestReportableUncertainty)
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.UncertaintyOutOfRange,
                FormattableString.Invariant($"{where}: the expanded uncertainty {unrounded:G3} {point.Unit} cannot be reported; check the unit of the uncertainty components."));
        }

        var rounded = UncertaintyRounding.RoundToSignificantDigits(unrounded, method.SignificantDigits);
        var reportedError = UncertaintyRounding.RoundToDecimalPlace(error, rounded.DecimalPlaces);
        var rule = method.Purpose == MeasurementPurpose.Verification ? DecisionRule.Jjf1094 : method.Rule;

        return new PointResult
        {
            Point = point,
            Mean = mean,
            Error = error,
            TypeAStandardUncertainty = typeA,
            TypeADegreesOfFreedom = typeADegreesOfFreedom,
            Budget = budget,
            CombinedStandardUncertainty = combined,
            EffectiveDegreesOfFreedom = effectiveDegreesOfFreedom,
            CoverageFactor = k,
            Coverage = method.Coverage,
            UnroundedExpandedUncertainty = unrounded,
            ExpandedUncertainty = rounded.Value,
            DecimalPlaces = rounded.DecimalPlaces,
            ReportedMean = UncertaintyRounding.RoundToDecimalPlace(mean, rounded.DecimalPlaces),
            ReportedError = reportedError,
            Verdict = point.Mpe is { } mpe ? ConformityDecision.Decide(rule, reportedError, mpe, rounded.Value, method.GuardBandFactor) : null,
            UncertaintyNeglected = rule == DecisionRule.Jjf1094 && point.Mpe is { } limits && ConformityDecision.NeglectsUncertainty(limits, rounded.Value),
        };
    }

    /// <summary>
    /// u_c² = Σ(cᵢuᵢ)² + 2·r·(c₁u₁)(c₂u₂) (JCGM 100 5.1.2 and 5.2.2), every contribution divided by
    /// the largest first so that squaring cannot under- or overflow.
    /// </summary>
    private static double Combine(List<BudgetLine> budget, Correlation? correlation)
    {
        var largest = 0.0;
        foreach (var line in budget)
        {
            largest = Math.Max(largest, Math.Abs(line.Contribution));
        }

        if (largest == 0.0)
        {
            return 0.0;
        }

        var sum = 0.0;
        foreach (var line in budget)
        {
            var ratio = line.Contribution / largest;
            sum += ratio * ratio;
        }

        if (correlation is not null)
        {
            var first = budget.Find(l => l.Name == correlation.First)!.Contribution / largest;
            var second = budget.Find(l => l.Name == correlation.Second)!.Contribution / largest;
            sum += 2.0 * correlation.Coefficient * first * second;
        }

        // r = −1 between equal contributions cancels them exactly; rounding may leave a tiny negative.
        return sum <= 1e-24 ? 0.0 : largest * Math.Sqrt(sum);
    }
}
