namespace Lims.Application.Abstractions.Certificates;

/// <summary>What the QR code encodes and the code printed beside it for the anonymous public check.</summary>
public sealed record CertificatePublicCheck(string Url, string VerificationCode);
