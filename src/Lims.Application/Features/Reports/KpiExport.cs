using System.Globalization;
using System.Text;
using Lims.Application.Abstractions.Reports;
using Lims.Application.Common;

namespace Lims.Application.Features.Reports;

/// <summary>A downloadable report: its bytes, content type and file name.</summary>
public sealed record KpiFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// The report as one flat table, one row per indicator or group, with bilingual headers: the same
/// rows for CSV (UTF-8 with BOM, so Excel reads the Chinese) and .xlsx.
/// </summary>
public sealed class KpiExport(ISpreadsheetWriter spreadsheets)
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly IReadOnlyList<string> Headers =
    [
        "年度 Year", "范围 Scope", "指标 Indicator", "分组 Group", "名称 Name", "值 Value", "单位 Unit", "分子 Numerator", "分母 Denominator", "目标 Target", "达标 Met",
    ];

    public KpiFile Write(KpiReport report, string format)
    {
        var name = $"kpi-{report.Year}-{report.LaboratoryCode ?? "city"}";
        return format == "xlsx"
            ? new KpiFile(spreadsheets.Write($"KPI {report.Year}", Headers, Rows(report)), XlsxType, name + ".xlsx")
            : new KpiFile(Csv(report), CsvType, name + ".csv");
    }

    public static IEnumerable<IReadOnlyList<object?>> Rows(KpiReport r)
    {
        var scope = r.LaboratoryCode ?? "全市 City-wide";
        IReadOnlyList<object?> Row(string indicator, string group, string name, KpiIndicator i) =>
            [r.Year, scope, indicator, group, name, i.Value, i.Unit, i.Numerator, i.Denominator, i.Target, i.Met];
        IEnumerable<IReadOnlyList<object?>> Groups(string indicator, IEnumerable<KpiGroup> groups) => groups.Select(g => Row(indicator, g.Key, g.Name, g.Indicator));

        return
        [
            Row("受检率 Compulsory verification coverage", "", "", r.CoverageRate),
            Row("合格率 Verification pass rate", "", "", r.PassRate),
            .. Groups("合格率（器具类别） Pass rate by instrument type", r.PassRateByInstrumentType),
            .. Groups("合格率（单位类别） Pass rate by customer category", r.PassRateByCustomerCategory),
            .. Groups("有效计量标准 Standards in date", r.StandardsInDate),
            Row("社会公用计量标准 Public standards", "", "", r.PublicStandards),
            Row("免征金额 Fees waived", "", "", r.FeesWaived),
            .. Groups("免征金额（区县） Fees waived by district", r.FeesWaivedByDistrict),
            .. Groups("出具证书 Certificates issued", r.CertificatesByKind),
            Row("周转天数中位数 Median turnaround", "", "", r.MedianTurnaroundDays),
            Row($"超期任务（>{r.OverdueAfterDays}天） Overdue work orders", "", "", r.OverdueWorkOrders),
        ];
    }

    private static byte[] Csv(KpiReport report)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Headers.Select(Field)).Append("\r\n");
        foreach (var row in Rows(report))
        {
            text.AppendJoin(',', row.Select(Field)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            bool b => b ? "true" : "false",
            decimal d => d.ToString("0.##########", CultureInfo.InvariantCulture), // 30, not 30.00 from a numeric(12,2)
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            string words => CsvCells.Inert(words),
            _ => value.ToString() ?? "",
        };
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
