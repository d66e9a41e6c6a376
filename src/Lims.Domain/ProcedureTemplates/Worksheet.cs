using Lims.Domain.Measurements;

namespace Lims.Domain.ProcedureTemplates;

/// <summary>The points to fill for one instrument: the template's test items with their points, nominal values and MPEs.</summary>
public sealed record Worksheet(string Quantity, string Unit, IReadOnlyList<WorksheetItem> Items)
{
    /// <summary>
    /// Lays the template out for the instrument's parameters (checked first): each point's nominal
    /// (its multiple of the parameter), left out when it belongs to another class or exceeds the
    /// range; the same nominal and label met twice in an item count once; each point's MPE from the template's rule;
    /// an item's points in rising order of nominal.
    /// </summary>
    public static Worksheet For(TemplateDefinition template, InstrumentParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(template);
        parameters.EnsureFit(template);
        var range = template.RangeParameter is { } name ? parameters.Number(name) : (decimal?)null;
        var classOf = template.Mpe.ClassParameter is { } classParameter ? parameters.Text(classParameter) : null;
        var items = new List<WorksheetItem>(template.TestItems.Count);
        foreach (var item in template.TestItems)
        {
            var points = new List<WorksheetPoint>();
            foreach (var point in item.Points ?? [])
            {
                if (point.Classes is { Count: > 0 } classes && classOf is not null && !classes.Contains(classOf))
                {
                    continue;
                }

                var nominal = point.Of is { } of ? point.Multiple * parameters.Number(of) : point.Multiple;
                // A third of Max is 0.333…×Max: twelve decimals are far below any instrument's resolution.
                nominal = Math.Round(nominal, 12, MidpointRounding.ToEven) / 1.000000000000000000000000000000000m;
                if ((range is { } max && Math.Abs(nominal) > max) || points.Any(p => p.Nominal == nominal && p.Label == point.Label))
                {
                    continue;
                }

                points.Add(new WorksheetPoint(0, point.Label, nominal, MpeCalculator.At(template.Mpe, nominal, parameters)));
            }

            // Loads rising, as they are applied and printed; positions at one load keep the template's order.
            var ordered = points.OrderBy(p => p.Nominal).Select((p, i) => p with { Index = i }).ToList();
            items.Add(new WorksheetItem(item.Code, item.Name, item.Kind, item.Kind == TestItemKind.Check ? 0 : item.ReadingsPerPoint, item.SpreadFactor, ordered));
        }

        return new Worksheet(template.Quantity, template.Unit, items);
    }
}

/// <summary>One test item to fill: a check (passed or not), or points each with this many readings.</summary>
public sealed record WorksheetItem(string Code, string Name, TestItemKind Kind, int ReadingsPerPoint, decimal SpreadFactor, IReadOnlyList<WorksheetPoint> Points);

/// <summary>One point to measure: where, and the MPE it is judged against.</summary>
public sealed record WorksheetPoint(int Index, string? Label, decimal Nominal, Tolerance Mpe);
