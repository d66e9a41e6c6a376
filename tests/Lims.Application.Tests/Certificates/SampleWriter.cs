using Lims.Infrastructure.Certificates;

namespace Lims.Application.Tests.Certificates;

/// <summary>
/// Writes the sample PDFs when LIMS_WRITE_SAMPLES names a directory:
/// <c>LIMS_WRITE_SAMPLES=docs/samples dotnet test --filter SampleWriter</c>. Skipped otherwise.
/// </summary>
[Explicit("Writes files; run on purpose to refresh docs/samples.")]
public sealed class SampleWriter
{
    [Test]
    public void Writes_the_sample_certificates()
    {
        var directory = Environment.GetEnvironmentVariable("LIMS_WRITE_SAMPLES");
        Assume.That(directory, Is.Not.Null.And.Not.Empty, "LIMS_WRITE_SAMPLES is not set.");
        Directory.CreateDirectory(directory!);
        var renderer = new PdfCertificateRenderer();

        File.WriteAllBytes(Path.Combine(directory!, "verification-certificate.pdf"), renderer.Render(SampleCertificates.Verification(40)));
        File.WriteAllBytes(Path.Combine(directory!, "verification-result-notice.pdf"), renderer.Render(SampleCertificates.Notice()));
        File.WriteAllBytes(Path.Combine(directory!, "calibration-certificate.pdf"), renderer.Render(SampleCertificates.Calibration()));

        Assert.That(Directory.GetFiles(directory!, "*.pdf"), Has.Length.GreaterThanOrEqualTo(3));
    }
}
