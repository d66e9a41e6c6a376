namespace Lims.Application.Abstractions.Certificates;

/// <summary>检定规程 / 校准规范, e.g. <c>JJG 539-2016</c> 《数字指示秤》.</summary>
public sealed record CertificateProcedure(string Code, string Title);
