using System.Text.Json;
using Lims.Domain.Certificates;

namespace Lims.Application.Features.Certificates;

/// <summary>A revocation or amendment request and its decision (rule 13).</summary>
public sealed record CertificateChangeResponse(
    Guid Id,
    CertificateChangeKind Kind,
    string CertificateNo,
    string LaboratoryCode,
    CertificateChangeStatus Status,
    string Reason,
    AmendmentCorrections? Corrections,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionComment,
    string? IssuedCertificateNo,
    int Version)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static CertificateChangeResponse From(CertificateChange c) => new(
        c.Id, c.Kind, c.CertificateNo, c.LaboratoryCode, c.Status, c.Reason,
        c.Corrections is null ? null : JsonSerializer.Deserialize<AmendmentCorrections>(c.Corrections, Json),
        c.RequestedBy, c.RequestedAt, c.DecidedBy, c.DecidedAt, c.DecisionComment, c.IssuedCertificateNo, c.Version);
}

/// <summary>An approver's approval, with a comment if they wish. <c>version</c> is the request's.</summary>
public sealed record CertificateChangeApproval(string? Comment, int? Version);

/// <summary>An approver's refusal, which says why. <c>version</c> is the request's.</summary>
public sealed record CertificateChangeRefusal(string? Comment, int? Version);

public sealed record CertificateChangeQuery(CertificateChangeStatus? Status, string? CertificateNo);
