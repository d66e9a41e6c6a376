using Lims.Domain.Certificates;
using Lims.Domain.Measurements;

namespace Lims.Application.Features.Certificates;

public sealed record CertificateResponse(
    string CertificateNo,
    CertificateKind Kind,
    CertificateStatus Status,
    DateOnly IssuedOn,
    DateOnly PerformedOn,
    DateOnly? ValidUntil,
    OverallConclusion Conclusion,
    string Sha256,
    string VerificationCode,
    string? Supersedes,
    string? SupersededBy,
    string? AmendmentReason,
    string? RevocationReason,
    Guid WorkOrderId,
    Guid InstrumentId,
    Guid CustomerId,
    string LaboratoryCode)
{
    public static CertificateResponse From(Certificate c, DateOnly today) => new(
        c.CertificateNo, c.Kind, c.StatusOn(today), c.IssuedOn, c.PerformedOn, c.ValidUntil, c.Conclusion, c.Sha256, c.VerificationCode,
        c.Supersedes, c.SupersededBy, c.AmendmentReason, c.RevocationReason, c.WorkOrderId, c.InstrumentId, c.CustomerId, c.LaboratoryCode);
}

/// <summary>The anonymous public check: nothing about the customer. <c>SupersededBy</c> names the amendment that replaces it.</summary>
public sealed record PublicCertificateResponse(
    string CertificateNo,
    CertificateStatus Status,
    CertificateKind Kind,
    string InstrumentType,
    string SerialNumber,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    string Laboratory,
    string? SupersededBy);

public sealed record RevokeRequest(string? Reason, int? Version);

/// <summary>
/// An amendment re-issues the certificate with corrections to what was recorded at intake or in
/// the results' remarks; the measurement results themselves cannot be amended.
/// </summary>
public sealed record AmendRequest(string? Reason, AmendmentCorrections? Corrections, int? Version);

/// <summary>Fields an amendment may correct; absent ones stay as they were.</summary>
public sealed record AmendmentCorrections(string? CustomerName, string? CustomerAddress, string? Manufacturer, string? Model, string? SerialNumber, string? Range, string? AccuracyClass, string? Remarks);

public sealed record CertificateQuery(Guid? CustomerId, Guid? InstrumentId, DateOnly? From, DateOnly? To);
