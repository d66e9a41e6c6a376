using BenchmarkDotNet.Attributes;
using Lims.Application.Abstractions.Certificates;
using Lims.Benchmarks.CertificatesBaseline;
using Lims.Infrastructure.Certificates;

namespace Lims.Benchmarks;

/// <summary>
/// One two-page verification certificate: 40 points, Chinese customer and labels, QR code. The
/// baseline is a frozen copy of the renderer before issue 6 (<see cref="BaselineCertificateRenderer"/>),
/// measured in the same run so that the ratio holds on a noisy shared machine.
/// <c>dotnet run -c Release --project tests/Lims.Benchmarks -- --filter '*Certificate*' --job short</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CertificateRenderingBenchmarks
{
    private readonly BaselineCertificateRenderer _baseline = new();
    private readonly PdfCertificateRenderer _renderer = new();
    private CertificateDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = BenchmarkCertificate.TwoPages();
        Console.WriteLine($"// PDF size: baseline {_baseline.Render(_document).Length} bytes, current {_renderer.Render(_document).Length} bytes");
    }

    [Benchmark(Baseline = true)]
    public byte[] RenderTwoPageCertificateBaseline() => _baseline.Render(_document);

    [Benchmark]
    public byte[] RenderTwoPageCertificate() => _renderer.Render(_document);
}
