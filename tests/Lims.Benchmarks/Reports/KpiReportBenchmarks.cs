using BenchmarkDotNet.Attributes;
using Lims.Application.Features.Reports;
using Lims.Application.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lims.Benchmarks.Reports;

/// <summary>
/// The whole KPI report over 1,000,000 instruments and 2,000,000 certificates, city-wide and for
/// one laboratory; a fresh DbContext each time. Compare two revisions with <c>tests/Lims.Benchmarks/compare</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class KpiReportBenchmarks
{
    private static readonly IOptions<ReportOptions> Options = Microsoft.Extensions.Options.Options.Create(new ReportOptions());

    [GlobalSetup]
    public void Setup() => KpiData.EnsureCreatedAsync().GetAwaiter().GetResult();

    [Benchmark]
    [BenchmarkCategory("CityWide")]
    public Task<KpiReport> CityWide() => ReportAsync(null);

    [Benchmark]
    [BenchmarkCategory("CityLaboratory")]
    public Task<KpiReport> CityLaboratory() => ReportAsync("JM");

    public static async Task<KpiReport> ReportAsync(string? laboratoryCode, Action<string>? executed = null)
    {
        // The handler's extra connections (coverage runs beside the other indicators) are contexts like this one.
        await using var services = new ServiceCollection().AddScoped<ILimsDb>(_ => KpiData.Context(executed)).BuildServiceProvider();
        await using var db = KpiData.Context(executed);
        return await new KpiReportHandler(db, services.GetRequiredService<IServiceScopeFactory>(), SystemUser.Instance, TimeProvider.System, Options).ReportAsync(Query(laboratoryCode), CancellationToken.None);
    }

    private static KpiQuery Query(string? laboratoryCode) => new(KpiData.Today.Year, laboratoryCode, null);
}
