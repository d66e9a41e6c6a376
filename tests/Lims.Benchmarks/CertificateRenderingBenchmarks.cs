using BenchmarkDotNet.Attributes;
using Lims.Application.Abstractions.Certificates;
using Lims.Infrastructure.Certificates;

namespace Lims.Benchmarks;

/// <summary>
/// One two-page verification certificate: 40 points, Chinese customer and labels, QR code.
/// <c>dotnet run -c Release --project tests/Lims.Benchmarks -- --filter '*Certificate*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class CertificateRenderingBenchmarks
{
    private readonly PdfCertificateRenderer _renderer = new();
    private CertificateDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = BenchmarkCertificate.TwoPages();
        var bytes = _renderer.Render(_document);
        Console.WriteLine($"// PDF size: {bytes.Length} bytes");
    }

    [Benchmark]
    public byte[] RenderTwoPageCertificate() => _renderer.Render(_document);
}
