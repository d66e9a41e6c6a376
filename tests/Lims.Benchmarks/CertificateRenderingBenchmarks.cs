using BenchmarkDotNet.Attributes;
using Lims.Application.Abstractions.Certificates;
using Lims.Infrastructure.Certificates;

namespace Lims.Benchmarks;

/// <summary>
/// One two-page verification certificate: 40 points, Chinese customer and labels, QR code. Compare
/// two revisions with <c>tests/Lims.Benchmarks/compare</c>.
/// <c>dotnet run -c Release --project tests/Lims.Benchmarks -- --filter '*Certificate*' --job short</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CertificateRenderingBenchmarks
{
    private readonly PdfCertificateRenderer _renderer = new();
    private CertificateDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = BenchmarkCertificate.TwoPages();
        Console.WriteLine($"// PDF size: {_renderer.Render(_document).Length} bytes");
    }

    [Benchmark]
    public byte[] RenderTwoPageCertificate() => _renderer.Render(_document);
}
