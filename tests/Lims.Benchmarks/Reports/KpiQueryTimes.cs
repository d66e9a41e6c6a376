using System.Text.RegularExpressions;
using Lims.Application.Features.Reports;

namespace Lims.Benchmarks.Reports;

/// <summary>
/// <c>-- kpi-query-times</c>: where a report's time goes. Runs the report city-wide and for JM, and
/// prints each SQL command's time as EF logs it (the first run of each warms the caches and is not
/// printed).
/// </summary>
internal static partial class KpiQueryTimes
{
    public static async Task RunAsync()
    {
        await KpiData.EnsureCreatedAsync();
        foreach (var lab in new string?[] { null, "JM" })
        {
            await PrintAsync(lab ?? "city-wide", log => KpiReportBenchmarks.ReportAsync(lab, log));
        }
    }

    private static async Task PrintAsync(string title, Func<Action<string>?, Task<KpiReport>> report)
    {
        await report(null);
        var lines = new List<string>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        // The handler runs some queries on connections of their own, at the same time.
        await report(line => { lock (lines) { lines.Add(line); } });
        Console.WriteLine($"{title}: {watch.Elapsed.TotalSeconds:0.00} s");
        // A command's time is its execution (to the first row) plus, for a reader, the reading:
        // SQLite does most of a grouped query's work while the rows are read.
        var commands = new List<(string Sql, double Ms)>();
        foreach (var line in lines)
        {
            if (Reading().Match(line) is { Success: true } read && commands.Count > 0)
            {
                commands[^1] = (commands[^1].Sql, commands[^1].Ms + Ms(read));
            }
            else if (Executed().Match(line) is { Success: true } executed)
            {
                var sql = string.Join(' ', line[(line.IndexOf("SELECT", StringComparison.Ordinal) is var i and >= 0 ? i : 0)..].Split((char[])['\r', '\n', ' '], StringSplitOptions.RemoveEmptyEntries));
                commands.Add((sql, Ms(executed)));
            }
        }

        foreach (var (sql, ms) in commands)
        {
            Console.WriteLine($"  {ms,8:#,0} ms  {(Full ? sql : sql[..Math.Min(sql.Length, 150)])}");
        }
    }

    /// <summary>KPI_SQL=full prints whole commands (for EXPLAIN QUERY PLAN).</summary>
    private static bool Full => Environment.GetEnvironmentVariable("KPI_SQL") == "full";

    private static double Ms(Match match) => double.Parse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Executed DbCommand \(([\d,]+)ms\)")]
    private static partial Regex Executed();

    [GeneratedRegex(@"after spending ([\d,]+)ms reading")]
    private static partial Regex Reading();
}
