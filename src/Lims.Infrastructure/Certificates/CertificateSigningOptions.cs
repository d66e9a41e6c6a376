namespace Lims.Infrastructure.Certificates;

/// <summary>
/// <c>Certificates:Signing</c>: the PKCS#12 file with the laboratory's signing certificate and
/// private key. Without a path, certificates are not signed.
/// </summary>
public sealed class CertificateSigningOptions
{
    public const string Section = "Certificates:Signing";

    /// <summary>Path to the .pfx/.p12 file; empty means "do not sign".</summary>
    public string? PfxPath { get; set; }

    /// <summary>Its password (keep it in an environment variable or a secret store, not in appsettings.json).</summary>
    public string? PfxPassword { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(PfxPath);
}
