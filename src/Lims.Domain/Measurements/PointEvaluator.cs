using Lims.Domain.Common;

namespace Lims.Domain.Measurements;

/// <summary>
/// Evaluates one validated point (spec rule 2). Readings, mean and error stay decimal, so the mean
/// of decimal readings and E = r̄ − x₀ carry no binary rounding; the uncertainty arithmetic
/// (square roots, Welch–Satterthwaite, t quantiles) is done in double, whose 15–16 digits are far
/// more than the two significant digits U is reported to.
/// </summary>
internal static class PointEvaluator
{
    // The reported U must fit a decimal with its two significant digits and leave room for the
    // mean and error at the same decimal place; no laboratory quantity in a sensible unit is outside.
    private const double SmallestReportableUncertainty = 1e-20;
    private const double LargestReportableUncertainty = 1e20;

    public static PointResult Evaluate(MeasurementPoint point, DecisionRule rule)
    {
        var readings = point.Readings;
        var n = readings.Count;
        var mean = readings.Sum() / n;
        var error = mean - point.Nominal;

        double? typeA = null;
        int? typeADegreesOfFreedom = null;
        var components = new List<UncertaintyComponent>(point.TypeBComponents);
        if (n >= 2)
        {
            // Deviations are exact in decimal; only their squares go to double.
            var sumOfSquares = readings.Sum(r => Square((double)(r - mean)));
            typeA = Math.Sqrt(sumOfSquares / (n - 1)) / Math.Sqrt(n);
            typeADegreesOfFreedom = n - 1;
            components.Add(new UncertaintyComponent("Type A (repeatability)", typeA.Value, n - 1));
        }

        var combined = RootSumOfSquares(components);
        var where = MeasurementPointValidator.Describe(point);
        if (combined == 0.0)
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.UncertaintyZero,
                $"{where}: the combined uncertainty is zero. Add the Type B components, at least the resolution d/(2√3) and the standard's U/k.");
        }

        var effectiveDegreesOfFreedom = WelchSatterthwaite.EffectiveDegreesOfFreedom(components);
        var k = CoverageFactor.For(effectiveDegreesOfFreedom);
        var unrounded = (double)k * combined;
        if (unrounded is < SmallestReportableUncertainty or > LargestReportableUncertainty)
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.UncertaintyOutOfRange,
                FormattableString.Invariant($"{where}: the expanded uncertainty {unrounded:G3} {point.Unit} cannot be reported; check the unit of the uncertainty components."));
        }

        var rounded = UncertaintyRounding.RoundToTwoSignificantDigits(unrounded);
        var reportedError = UncertaintyRounding.RoundToDecimalPlace(error, rounded.DecimalPlaces);

        return new PointResult
        {
            Point = point,
            Mean = mean,
            Error = error,
            TypeAStandardUncertainty = typeA,
            TypeADegreesOfFreedom = typeADegreesOfFreedom,
            CombinedStandardUncertainty = combined,
            EffectiveDegreesOfFreedom = effectiveDegreesOfFreedom,
            CoverageFactor = k,
            UnroundedExpandedUncertainty = unrounded,
            ExpandedUncertainty = rounded.Value,
            DecimalPlaces = rounded.DecimalPlaces,
            ReportedMean = UncertaintyRounding.RoundToDecimalPlace(mean, rounded.DecimalPlaces),
            ReportedError = reportedError,
            Verdict = point.Mpe is { } mpe ? ConformityDecision.Decide(rule, reportedError, mpe, rounded.Value) : null,
        };
    }

    private static double Square(double x) => x * x;

    // Scaled by the largest component so that squaring cannot under- or overflow.
    private static double RootSumOfSquares(List<UncertaintyComponent> components)
    {
        var largest = components.Count == 0 ? 0.0 : components.Max(c => c.StandardUncertainty);
        if (largest == 0.0)
        {
            return 0.0;
        }

        return largest * Math.Sqrt(components.Sum(c => Square(c.StandardUncertainty / largest)));
    }
}
