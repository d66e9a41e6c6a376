using Lims.Domain.Common;
using Lims.Domain.Measurements;

namespace Lims.Domain.ProcedureTemplates;

/// <summary>Turns the template's budget into the components of one point.</summary>
public static class BudgetTemplate
{
    /// <summary>
    /// Fixed lines as written; parameter lines as value × the parameter (½ × the resolution, say);
    /// equipment lines from <paramref name="equipment"/>, the cited equipment's calibration as
    /// stated (a normal distribution with its k, or the template's when the certificate gives none).
    /// </summary>
    public static IReadOnlyList<UncertaintyComponent> Components(TemplateDefinition template, InstrumentParameters parameters, StatedUncertainty? equipment)
    {
        ArgumentNullException.ThrowIfNull(template);
        var components = new List<UncertaintyComponent>(template.Budget.Count);
        foreach (var line in template.Budget)
        {
            components.Add(line.Source switch
            {
                ComponentSource.Parameter => Component(line, line.Value * (double)parameters.Number(line.Parameter!), line.Distribution, line.CoverageFactor, line.Scale),
                ComponentSource.Equipment => equipment is { } stated
                    ? Component(line, stated.Value, Distribution.Normal, stated.CoverageFactor ?? line.CoverageFactor, stated.Scale)
                    : throw new DomainRuleException(
                        TemplateRuleCodes.EquipmentUncertaintyUnreadable,
                        $"The budget takes '{line.Name}' from the cited equipment's calibration, but its expanded uncertainty is not recorded in a form that can be read (e.g. \"0.05 mg (k=2)\", \"2×10⁻⁶ (k=2)\"). Ask the quality manager to record it so."),
                _ => Component(line, line.Value, line.Distribution, line.CoverageFactor, line.Scale),
            });
        }

        return components;
    }

    private static UncertaintyComponent Component(ComponentTemplate line, double value, Distribution distribution, double k, ComponentScale scale) =>
        new(line.Name, value, line.DegreesOfFreedom)
        {
            Distribution = distribution,
            CoverageFactor = k,
            SensitivityCoefficient = line.SensitivityCoefficient,
            Scale = scale,
        };
}
