namespace Lims.Application.Abstractions.Certificates;

/// <summary>计量技术机构 that issues the certificate.</summary>
public sealed record CertificateLaboratory(string Name, string Address, string AccreditationNo);
