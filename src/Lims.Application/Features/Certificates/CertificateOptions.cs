namespace Lims.Application.Features.Certificates;

/// <summary>Configuration <c>Certificates</c>.</summary>
public sealed class CertificateOptions
{
    /// <summary>Where the public can reach this API; the QR code points to its public check route.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
