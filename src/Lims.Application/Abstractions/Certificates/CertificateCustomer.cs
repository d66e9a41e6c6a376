namespace Lims.Application.Abstractions.Certificates;

/// <summary>送检单位: the owner of the instrument.</summary>
public sealed record CertificateCustomer(string Name, string Address);
