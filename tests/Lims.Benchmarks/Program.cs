using BenchmarkDotNet.Running;

if (args is ["prepare-kpi-data"])
{
    // Minutes of bulk loading: too long for a benchmark's set-up, so it is a step of its own.
    await Lims.Benchmarks.Reports.KpiData.EnsureCreatedAsync();
    return;
}

if (args is ["kpi-query-times"])
{
    await Lims.Benchmarks.Reports.KpiQueryTimes.RunAsync();
    return;
}

if (args is ["web-screen-times"])
{
    await Lims.Benchmarks.Web.ScreenTimes.RunAsync();
    return;
}

if (args is ["certificate-cpu-time"])
{
    Lims.Benchmarks.CertificateCpuTime.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>
/// Run with <c>dotnet run -c Release --project tests/Lims.Benchmarks -- --filter '*' --job short</c>;
/// the KPI benchmark's data first with <c>-- prepare-kpi-data</c>.
/// </summary>
public partial class Program;
