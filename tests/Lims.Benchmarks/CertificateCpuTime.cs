using System.Diagnostics;
using Lims.Infrastructure.Certificates;

namespace Lims.Benchmarks;

/// <summary>
/// Certificates per second on one core: the process's CPU time per rendering (all threads, so the
/// garbage collector is included), which other work on a shared machine inflates far less than
/// wall-clock time. 3 rounds; compare two revisions with <c>tests/Lims.Benchmarks/compare</c>.
/// <c>dotnet run -c Release --project tests/Lims.Benchmarks -- certificate-cpu-time</c>
/// </summary>
public static class CertificateCpuTime
{
    private const int Renders = 400;

    public static void Run()
    {
        var document = BenchmarkCertificate.TwoPages();
        var renderer = new PdfCertificateRenderer();
        Measure(() => renderer.Render(document), 200);
        for (var round = 1; round <= 3; round++)
        {
            var ms = Measure(() => renderer.Render(document), Renders);
            Console.WriteLine($"round {round}: {ms:F2} ms CPU per certificate, {1000 / ms:F0} certificates/s on one core");
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
