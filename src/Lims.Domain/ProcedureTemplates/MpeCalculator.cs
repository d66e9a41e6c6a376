using Lims.Domain.Common;
using Lims.Domain.Measurements;

namespace Lims.Domain.ProcedureTemplates;

/// <summary>A point's MPE from the template's rule and the instrument's parameters (rule 14).</summary>
public static class MpeCalculator
{
    /// <summary>
    /// The MPE at <paramref name="nominal"/>. Band edges belong to the lower band (JJG 539:
    /// 0 ≤ m ≤ 500e is ±0.5e, 500e &lt; m ≤ 2000e is ±1.0e). In service the factor applies.
    /// </summary>
    public static Tolerance At(MpeRule rule, decimal nominal, InstrumentParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(parameters);
        var factor = parameters.InService ? rule.InServiceFactor : 1m;
        switch (rule.Kind)
        {
            case MpeRuleKind.ScaleIntervalBands:
            {
                var e = parameters.Number(rule.Parameter!);
                return Tolerance.Symmetric(Band(rule, parameters, Math.Abs(nominal) / e) * e * factor);
            }

            case MpeRuleKind.PercentOfSpanBands:
            {
                var upper = parameters.Number(rule.Parameter!);
                var lower = rule.LowerParameter is { } name ? parameters.Number(name) : 0m;
                var span = upper - lower;
                var percentOfUpper = Math.Abs(nominal) / upper * 100m;
                return Tolerance.Symmetric(Band(rule, parameters, percentOfUpper) / 100m * span * factor);
            }

            case MpeRuleKind.PercentOfReadingPlusDigits:
            {
                var digit = parameters.Number(rule.Parameter!);
                return Tolerance.Symmetric(((rule.PercentOfReading / 100m * Math.Abs(nominal)) + (rule.Digits * digit)) * factor);
            }

            default:
                return new Tolerance(rule.Lower * factor, rule.Upper * factor);
        }
    }

    private static decimal Band(MpeRule rule, InstrumentParameters parameters, decimal load)
    {
        var classOf = rule.ClassParameter is { } name ? parameters.Text(name) : null;
        var table = rule.Classes.FirstOrDefault(c => classOf is null || c.Class == classOf)
            ?? throw new DomainRuleException(TemplateRuleCodes.ParametersInvalid, $"The template has no MPE table for class '{classOf}'.");
        foreach (var band in table.Bands)
        {
            if (band.UpTo is not { } upTo || load <= upTo)
            {
                return band.Value;
            }
        }

        throw new DomainRuleException(
            TemplateRuleCodes.ParametersInvalid,
            FormattableString.Invariant($"A load of {load:0.##} is beyond the last band of class {table.Class}; the points do not fit the instrument's range."));
    }
}
