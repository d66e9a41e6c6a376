using System.Diagnostics;
using Lims.Benchmarks.CertificatesBaseline;
using Lims.Infrastructure.Certificates;

namespace Lims.Benchmarks;

/// <summary>
/// The issue-6 goal counts certificates per second on one core: this measures the process's CPU time
/// per rendering (all threads, so the garbage collector is included), which the other developers' load on
/// the shared machine inflates far less than wall-clock time. Baseline and current alternate, 3 rounds.
/// <c>dotnet run -c Release --project tests/Lims.Benchmarks -- certificate-cpu-time</c>
/// </summary>
public static class CertificateCpuTime
{
    private const int Renders = 400;
    private const int BaselineRenders = 40;

    public static void Run()
    {
        var document = BenchmarkCertificate.TwoPages();
        var baseline = new BaselineCertificateRenderer();
        var current = new PdfCertificateRenderer();
        Measure(() => baseline.Render(document), 20);
        Measure(() => current.Render(document), 200);
        for (var round = 1; round <= 3; round++)
        {
            var b = Measure(() => baseline.Render(document), BaselineRenders);
            var c = Measure(() => current.Render(document), Renders);
            Console.WriteLine($"round {round}: baseline {b:F2} ms CPU, current {c:F2} ms CPU ({1000 / c:F0} certificates/s on one core), ratio {c / b:F3}");
        }
    }

    private static double Measure(Func<byte[]> render, int count)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        for (var i = 0; i < count; i++)
        {
            render();
        }

        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds / count;
    }
}
