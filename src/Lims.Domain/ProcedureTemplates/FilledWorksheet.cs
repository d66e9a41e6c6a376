using Lims.Domain.Common;
using Lims.Domain.Measurements;

namespace Lims.Domain.ProcedureTemplates;

/// <summary>A test item that is not judged point by point through the model: a check, or a spread of readings (at <see cref="Nominal"/>).</summary>
public sealed record TestItemOutcome(string Code, string Name, TestItemKind Kind, PointVerdict Verdict, decimal? Spread = null, decimal? Limit = null, decimal? Nominal = null);

/// <summary>One measured point of the worksheet with the test item it belongs to and its label (Min, Max, an eccentricity position).</summary>
public sealed record FilledPoint(string TestItem, string? Label, MeasurementPoint Point);

/// <summary>
/// A worksheet filled in, turned into the measurement points to evaluate (with the test item each
/// belongs to) and the outcomes of checks and spreads. Refuses results that leave out a test item
/// or a point (<c>incomplete-results</c>) or give a point another number of readings than asked.
/// </summary>
public sealed record FilledWorksheet(IReadOnlyList<FilledPoint> Points, IReadOnlyList<TestItemOutcome> Outcomes)
{
    public static FilledWorksheet From(Worksheet sheet, IReadOnlyList<TestItemEntry> entries, Func<WorksheetPoint, IReadOnlyList<UncertaintyComponent>> budget, Correlation? correlation)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(entries);
        var unknown = entries.Select(e => e.Code).Where(code => sheet.Items.All(i => i.Code != code)).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainRuleException(TemplateRuleCodes.UnknownTestItem, $"The procedure has no test item {string.Join(", ", unknown)}; its items are {string.Join(", ", sheet.Items.Select(i => i.Code))}.");
        }

        var missing = new List<string>();
        var points = new List<FilledPoint>();
        var outcomes = new List<TestItemOutcome>();
        foreach (var item in sheet.Items)
        {
            var entry = entries.FirstOrDefault(e => e.Code == item.Code);
            if (item.Kind == TestItemKind.Check)
            {
                if (entry?.Passed is { } passed)
                {
                    outcomes.Add(new TestItemOutcome(item.Code, item.Name, item.Kind, passed ? PointVerdict.Pass : PointVerdict.Fail));
                }
                else
                {
                    missing.Add($"{item.Name} ({item.Code})");
                }

                continue;
            }

            var readings = entry?.Readings ?? [];
            for (var i = 0; i < item.Points.Count; i++)
            {
                var point = item.Points[i];
                var where = $"{item.Name} ({item.Code}) at {ReportedNumber.Plain(point.Nominal)} {sheet.Unit}";
                if (i >= readings.Count || readings[i] is not { Count: > 0 } values)
                {
                    missing.Add(where);
                    continue;
                }

                if (values.Count != item.ReadingsPerPoint)
                {
                    throw new DomainRuleException(TemplateRuleCodes.ReadingsCount, $"{where}: the procedure asks for {item.ReadingsPerPoint} readings, {values.Count} were sent.");
                }

                if (item.Kind == TestItemKind.Spread)
                {
                    outcomes.Add(new TestItemOutcome(item.Code, item.Name, item.Kind, SpreadCheck.Decide(values, point.Mpe, item.SpreadFactor), SpreadCheck.Spread(values), point.Mpe.SmallerMagnitude * item.SpreadFactor, point.Nominal));
                    continue;
                }

                points.Add(new FilledPoint(item.Code, point.Label, new MeasurementPoint(sheet.Quantity, sheet.Unit, point.Nominal, values, point.Mpe, budget(point)) { Correlation = correlation }));
            }

            if (readings.Count > item.Points.Count)
            {
                throw new DomainRuleException(TemplateRuleCodes.ReadingsCount, $"{item.Name} ({item.Code}) has {item.Points.Count} points; readings for {readings.Count} were sent.");
            }
        }

        if (missing.Count > 0)
        {
            throw new DomainRuleException(TemplateRuleCodes.IncompleteResults, $"The procedure asks for results that were not sent: {string.Join("; ", missing)}.");
        }

        return new FilledWorksheet(points, outcomes);
    }
}
