using BenchmarkDotNet.Attributes;
using Lims.Application.Features.Reports;
using Microsoft.Extensions.Options;

namespace Lims.Benchmarks.Reports;

/// <summary>The whole KPI report over 1,000,000 instruments and 2,000,000 certificates, city-wide and for one laboratory; a fresh DbContext each time.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class KpiReportBenchmarks
{
    private static readonly IOptions<ReportOptions> Options = Microsoft.Extensions.Options.Options.Create(new ReportOptions());

    [GlobalSetup]
    public void Setup() => KpiData.EnsureCreatedAsync().GetAwaiter().GetResult();

    [Benchmark]
    public Task<KpiReport> CityWide() => ReportAsync(null);

    [Benchmark]
    public Task<KpiReport> CityLaboratory() => ReportAsync("JM");

    private static async Task<KpiReport> ReportAsync(string? laboratoryCode)
    {
        await using var db = KpiData.Context();
        return await new KpiReportHandler(db, TimeProvider.System, Options).ReportAsync(new KpiQuery(KpiData.Today.Year, laboratoryCode, null), CancellationToken.None);
    }
}
