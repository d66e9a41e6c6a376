namespace Lims.Application.Abstractions.Certificates;

/// <summary>For an amended certificate: the number it replaces and why (ISO/IEC 17025 7.8.8).</summary>
public sealed record CertificateAmendment(string ReplacesCertificateNo, string Reason);
