namespace Lims.Application.Features.Certificates;

/// <summary>Configuration <c>Certificates</c>.</summary>
public sealed class CertificateOptions
{
    /// <summary>
    /// Where the public reaches Lims; the QR code opens <c>{PublicBaseUrl}/c/{number}?code=</c>.
    /// Required outside Development (the default serves a developer's own machine).
    /// </summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
