namespace Lims.Application.Abstractions.Certificates;

/// <summary>
/// 计量技术机构 that issues the certificate: how to reach it, the authorisation its verification
/// rests on (计量授权证书号) and, separately, its CNAS accreditation when it has one
/// (<see cref="AccreditationNo"/>, empty when not).
/// </summary>
public sealed record CertificateLaboratory(string Name, string Address, string AccreditationNo)
{
    public string AuthorizationNo { get; init; } = "";

    public string Telephone { get; init; } = "";

    public string Postcode { get; init; } = "";

    /// <summary>The seal image (PNG) printed in the seal area of the cover page; null leaves the area for a stamp.</summary>
    public byte[]? Seal { get; init; }
}
