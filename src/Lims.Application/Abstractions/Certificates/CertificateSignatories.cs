namespace Lims.Application.Abstractions.Certificates;

/// <summary>检定员 / 核验员 / 批准人: three different people (rule 5).</summary>
public sealed record CertificateSignatories(string Performer, string Reviewer, string Approver);
