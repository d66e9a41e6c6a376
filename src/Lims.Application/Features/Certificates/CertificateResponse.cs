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

/// <summary>Asks for the certificate's revocation; <c>version</c> is the certificate's.</summary>
public sealed record RevokeRequest(string? Reason, int? Version);

/// <summary>
/// Asks for an amendment: once approved, the certificate is re-issued with corrections to what was
/// recorded at intake or in the results' remarks; the measurement results themselves cannot be
/// amended. <c>version</c> is the certificate's.
/// </summary>
public sealed record AmendRequest(string? Reason, AmendmentCorrections? Corrections, int? Version);

/// <summary>
/// Fields an amendment may correct; absent ones stay as they were. The customer's name, the
/// instrument type and the serial number are the item's identity: named here only to be refused
/// (rule 13, <c>identity-not-amendable</c>).
/// </summary>
public sealed record AmendmentCorrections(
    string? CustomerName,
    string? CustomerAddress,
    string? Manufacturer,
    string? Model,
    string? SerialNumber,
    string? Range,
    string? AccuracyClass,
    string? Remarks,
    string? InstrumentType = null)
{
    public bool CorrectsIdentity => CustomerName is not null || SerialNumber is not null || InstrumentType is not null;
}

public sealed record CertificateQuery(Guid? CustomerId, Guid? InstrumentId, DateOnly? From, DateOnly? To);
