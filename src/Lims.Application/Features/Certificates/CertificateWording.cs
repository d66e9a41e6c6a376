using System.Globalization;
using Lims.Application.Abstractions.Certificates;
using Lims.Application.Features.WorkOrders;
using Lims.Domain.Certificates;
using Lims.Domain.Measurements;
using Lims.Domain.ProcedureTemplates;

namespace Lims.Application.Features.Certificates;

/// <summary>
/// What a certificate says of the results, in the words and at the decimal places it prints them:
/// each point at its evaluation's place (U = 1250 is 1.2×10³), k with its coverage probability, the
/// test items with their verdicts, the decision rule with the comparison method, the conclusion.
/// </summary>
public static class CertificateWording
{
    /// <summary>修约值比较法: the verdicts rest on the rounded values the certificate prints.</summary>
    public const string ComparisonMethod = "按修约值比较 (GB/T 8170-2008 4.3.2) / rounded values compared (GB/T 8170-2008 4.3.2)";

    public static CertificateResultPoint Point(EvaluatedPoint p, string? itemName)
    {
        var places = p.DecimalPlaces;
        var exponent = ReportedNumber.Exponent(p.ExpandedUncertainty, places);
        return new CertificateResultPoint(
            p.Quantity,
            p.Unit,
            ReportedNumber.Plain(p.Nominal),
            ReportedNumber.Format(p.Mean, places, exponent),
            ReportedNumber.Format(p.Error, places, exponent, withSign: true),
            p.Tolerance?.ToString(),
            ReportedNumber.Format(p.ExpandedUncertainty, places, exponent),
            CoverageFactor(p),
            Verdict(p.Verdict))
        {
            Item = itemName is null ? null : p.Label is { Length: > 0 } label ? $"{itemName} {label}" : itemName,
        };
    }

    /// <summary>"2.12, p≈95 %": k with its coverage probability; a fixed k = 2 states none.</summary>
    public static string CoverageFactor(EvaluatedPoint p)
    {
        var k = ReportedNumber.Plain(p.CoverageFactor);
        return p.Coverage == Coverage.K2 || p.CoverageProbability is not { } probability
            ? k
            : string.Create(CultureInfo.InvariantCulture, $"{k}, p≈{probability * 100:0.##} %");
    }

    public static string? Verdict(PointVerdict? verdict) => verdict switch
    {
        PointVerdict.Pass => "合格 Pass",
        PointVerdict.Fail => "不合格 Fail",
        PointVerdict.ConditionalPass => "有条件合格 Conditional pass",
        PointVerdict.ConditionalFail => "有条件不合格 Conditional fail",
        PointVerdict.Undetermined => "待定 Undetermined",
        _ => null,
    };

    /// <summary>
    /// The template's test items in its order: a check as found, each spread with its load, a
    /// measured item's verdict over its points (the worst of them).
    /// </summary>
    public static IReadOnlyList<CertificateTestItem> TestItems(TemplateDefinition template, IReadOnlyList<TestItemOutcome> outcomes, IReadOnlyList<EvaluatedPoint> points)
    {
        var items = new List<CertificateTestItem>();
        foreach (var item in template.TestItems)
        {
            switch (item.Kind)
            {
                case TestItemKind.Check:
                    items.AddRange(outcomes.Where(o => o.Code == item.Code).Select(o => new CertificateTestItem(item.Name,
                        o.Verdict == PointVerdict.Pass ? "符合要求 / Meets the requirements" : "不符合要求 / Does not meet the requirements", Verdict(o.Verdict))));
                    break;
                case TestItemKind.Spread:
                    items.AddRange(outcomes.Where(o => o.Code == item.Code).Select(o => new CertificateTestItem(item.Name, Spread(o, template.Unit), Verdict(o.Verdict))));
                    break;
                default:
                    var verdicts = points.Where(p => p.TestItem == item.Code).Select(p => p.Verdict).ToList();
                    if (verdicts.Count > 0)
                    {
                        items.Add(new CertificateTestItem(item.Name, "见测量结果 / See the results", Verdict(Worst(verdicts))));
                    }

                    break;
            }
        }

        return items;
    }

    /// <summary>The decision rule as printed with the comparison method; null when no conformity is stated.</summary>
    public static string? DecisionRule(DecisionRule rule, OverallConclusion conclusion, decimal guardBandFactor)
    {
        if (conclusion == OverallConclusion.NotStated)
        {
            return null;
        }

        var r = ReportedNumber.Plain(guardBandFactor);
        var text = rule switch
        {
            Domain.Measurements.DecisionRule.Jjf1094 =>
                "JJF 1094-2002 5.3：U ≤ MPE/3 时不计 U，|E| ≤ MPE 合格；U > MPE/3 时 |E| ≤ MPE − U 合格，|E| > MPE + U 不合格，其间待定 / "
                + "JJF 1094: U neglected when U ≤ MPE/3; otherwise pass within MPE − U, fail beyond MPE + U, undetermined in between",
            Domain.Measurements.DecisionRule.GuardBanded =>
                $"保护带判定 (ILAC-G8:09/2019)，w = {r}U：|E| ≤ MPE − w 合格，|E| > MPE + w 不合格，其间有条件合格或有条件不合格 / Guard-banded acceptance, w = {r}U",
            _ => "简单接受 (ILAC-G8:09/2019)：|E| ≤ MPE 合格 / Simple acceptance: pass when |E| ≤ MPE",
        };
        return $"{text}；{ComparisonMethod}";
    }

    public static string Conclusion(CertificateKind kind, OverallConclusion conclusion) => (kind, conclusion) switch
    {
        (CertificateKind.VerificationCertificate, _) => "合格 / Pass",
        (CertificateKind.VerificationResultNotice, _) => "不合格 / Fail",
        (_, OverallConclusion.Pass) => "所有校准点符合规定要求 / All points conform",
        (_, OverallConclusion.Fail) => "部分校准点不符合规定要求 / Some points do not conform",
        (_, OverallConclusion.Conditional) => "部分校准点无法判定 / Conformity of some points cannot be stated",
        _ => "仅给出校准结果，不作符合性判定 / Results only, no statement of conformity",
    };

    private static string Spread(TestItemOutcome o, string unit)
    {
        var at = o.Nominal is { } nominal ? $"{ReportedNumber.Plain(nominal)} {unit}：" : "";
        return o.Spread is { } spread && o.Limit is { } limit
            ? $"{at}极差 {ReportedNumber.Plain(spread)} {unit}，允许 {ReportedNumber.Plain(limit)} {unit} / spread {ReportedNumber.Plain(spread)}, limit {ReportedNumber.Plain(limit)}"
            : at.TrimEnd('：');
    }

    private static PointVerdict? Worst(IReadOnlyList<PointVerdict?> verdicts)
    {
        PointVerdict[] order = [PointVerdict.Fail, PointVerdict.Undetermined, PointVerdict.ConditionalFail, PointVerdict.ConditionalPass, PointVerdict.Pass];
        return order.Cast<PointVerdict?>().FirstOrDefault(verdicts.Contains);
    }
}
