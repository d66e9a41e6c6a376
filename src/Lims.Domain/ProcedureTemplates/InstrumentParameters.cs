using System.Globalization;
using Lims.Domain.Common;

namespace Lims.Domain.ProcedureTemplates;

/// <summary>
/// The values of a template's parameters for one instrument (Max, e, class…), as recorded with
/// the work order, and whether the work is an in-service inspection (使用中检查).
/// </summary>
public sealed record InstrumentParameters(IReadOnlyDictionary<string, string> Values, bool InService = false)
{
    /// <summary>Beyond any instrument's range in its unit; keeps every point and MPE computed from it finite.</summary>
    public const decimal MaxValue = 1_000_000_000_000m;

    public decimal Number(string name) => decimal.Parse(Values[name], NumberStyles.Number, CultureInfo.InvariantCulture);

    public string Text(string name) => Values[name];

    /// <summary>
    /// Refuses values that are missing (<c>parameters-required</c>) or do not fit the template
    /// (<c>parameters-invalid</c>): numbers positive, a choice among the template's, a scale
    /// interval no larger than the range and n = range/e within what the class allows.
    /// </summary>
    public void EnsureFit(TemplateDefinition template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var missing = template.Parameters.Where(p => !Values.TryGetValue(p.Name, out var v) || string.IsNullOrWhiteSpace(v)).Select(p => $"{p.Label} ({p.Name})").ToList();
        if (missing.Count > 0)
        {
            throw new DomainRuleException(TemplateRuleCodes.ParametersRequired, $"The procedure's template needs the instrument's {string.Join(", ", missing)}. Record them with the work order first.");
        }

        var unknown = Values.Keys.Where(k => template.Parameters.All(p => p.Name != k)).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainRuleException(TemplateRuleCodes.ParametersInvalid, $"The template has no parameter {string.Join(", ", unknown)}.");
        }

        foreach (var parameter in template.Parameters)
        {
            var value = Values[parameter.Name].Trim();
            if (parameter.Kind == TemplateParameterKind.Number
                && (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) || number <= 0m || number > MaxValue))
            {
                throw new DomainRuleException(TemplateRuleCodes.ParametersInvalid, $"{parameter.Label} must be a positive number{(parameter.Unit is null ? "" : " in " + parameter.Unit)} up to 10¹², not '{value}'.");
            }

            if (parameter.Kind == TemplateParameterKind.Choice && !(parameter.Choices ?? []).Contains(value))
            {
                throw new DomainRuleException(TemplateRuleCodes.ParametersInvalid, $"{parameter.Label} must be one of {string.Join(", ", parameter.Choices ?? [])}, not '{value}'.");
            }
        }

        EnsureRangeFits(template);
    }

    private void EnsureRangeFits(TemplateDefinition template)
    {
        var rule = template.Mpe;
        if (template.RangeParameter is not { } range || rule.Parameter is not { } basis)
        {
            return;
        }

        var max = Number(range);
        var step = Number(basis);
        if (rule.Kind is MpeRuleKind.ScaleIntervalBands or MpeRuleKind.PercentOfReadingPlusDigits && step > max)
        {
            throw new DomainRuleException(TemplateRuleCodes.ParametersInvalid, FormattableString.Invariant($"The interval {step} {template.Unit} cannot be larger than the range {max} {template.Unit}."));
        }

        if (rule.Kind == MpeRuleKind.PercentOfSpanBands && rule.LowerParameter is { } lower && Number(lower) >= Number(basis))
        {
            throw new DomainRuleException(TemplateRuleCodes.ParametersInvalid, "The lower limit of the range must lie below its upper limit.");
        }

        if (rule.Kind == MpeRuleKind.ScaleIntervalBands && rule.ClassParameter is { } classParameter
            && rule.Classes.FirstOrDefault(c => c.Class == Text(classParameter)) is { } table)
        {
            var n = max / step;
            if ((table.MinIntervals is { } least && n < least) || (table.MaxIntervals is { } most && n > most))
            {
                throw new DomainRuleException(
                    TemplateRuleCodes.ParametersInvalid,
                    FormattableString.Invariant($"Max/e = {n:0.##} intervals does not fit class {table.Class}, which allows {table.MinIntervals} to {table.MaxIntervals}."));
            }
        }
    }
}
