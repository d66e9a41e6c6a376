using Lims.Domain.Common;

namespace Lims.Domain.Certificates;

/// <summary>
/// A revocation or an amendment of an issued certificate, asked for by one person and approved or
/// refused by another Approver of the laboratory (rule 13); only an approved change touches the
/// certificate. The item's identity (customer, instrument type, serial number) is never amended.
/// </summary>
public sealed class CertificateChange : IVersioned, IBelongsToLaboratory
{
    private CertificateChange()
    {
        CertificateNo = LaboratoryCode = Reason = RequestedBy = string.Empty;
    }

    private CertificateChange(CertificateChangeKind kind, Certificate certificate, string reason, string? corrections, string requestedBy, DateTimeOffset requestedAt)
    {
        if (certificate.Revoked || certificate.SupersededBy is not null)
        {
            throw new DomainRuleException("certificate-not-current",
                $"Certificate {certificate.CertificateNo} is already {(certificate.Revoked ? "revoked" : "superseded")}; only the current certificate is revoked or amended.");
        }

        Id = Guid.CreateVersion7();
        Kind = kind;
        CertificateNo = certificate.CertificateNo;
        LaboratoryCode = certificate.LaboratoryCode;
        Reason = reason;
        Corrections = corrections;
        RequestedBy = requestedBy;
        RequestedAt = requestedAt;
        Status = CertificateChangeStatus.Pending;
    }

    public Guid Id { get; private set; }

    public CertificateChangeKind Kind { get; private set; }

    public string CertificateNo { get; private set; }

    public string LaboratoryCode { get; private set; }

    public string Reason { get; private set; }

    /// <summary>An amendment's corrections, as JSON; null for a revocation.</summary>
    public string? Corrections { get; private set; }

    public string RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public CertificateChangeStatus Status { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionComment { get; private set; }

    /// <summary>The certificate an approved amendment issued.</summary>
    public string? IssuedCertificateNo { get; private set; }

    public int Version { get; private set; }

    public static CertificateChange Revocation(Certificate certificate, string reason, string requestedBy, DateTimeOffset at) =>
        new(CertificateChangeKind.Revocation, certificate, reason, null, requestedBy, at);

    /// <summary>
    /// <paramref name="correctsIdentity"/>: the corrections would change who the customer is or
    /// which instrument it is (its serial number); refused, since that is another item's certificate.
    /// </summary>
    public static CertificateChange Amendment(Certificate certificate, string reason, string corrections, bool correctsIdentity, string requestedBy, DateTimeOffset at)
    {
        if (correctsIdentity)
        {
            throw new DomainRuleException("identity-not-amendable",
                $"The customer, the instrument type and the serial number are the identity of the item on certificate {certificate.CertificateNo} and are never amended. Revoke the certificate and issue a new one for the right item.");
        }

        return new CertificateChange(CertificateChangeKind.Amendment, certificate, reason, corrections, requestedBy, at);
    }

    /// <summary>Approves the change; the caller then revokes or amends the certificate in the same save.</summary>
    public void Approve(string approver, string? comment, DateTimeOffset at) => Decide(CertificateChangeStatus.Approved, approver, comment, at);

    public void Refuse(string approver, string comment, DateTimeOffset at) => Decide(CertificateChangeStatus.Refused, approver, comment, at);

    public void RecordIssued(string certificateNo) => IssuedCertificateNo = certificateNo;

    private void Decide(CertificateChangeStatus decision, string approver, string? comment, DateTimeOffset at)
    {
        if (Status != CertificateChangeStatus.Pending)
        {
            throw new DomainRuleException("change-already-decided", $"This {Describe()} of certificate {CertificateNo} was already {Status.ToString().ToLowerInvariant()} by {DecidedBy}.");
        }

        if (approver == RequestedBy)
        {
            throw new DomainRuleException("own-change-request",
                $"You asked for this {Describe()} of certificate {CertificateNo}; another approver of the laboratory decides it.");
        }

        Status = decision;
        DecidedBy = approver;
        DecidedAt = at;
        DecisionComment = comment;
    }

    private string Describe() => Kind == CertificateChangeKind.Revocation ? "revocation" : "amendment";
}

public enum CertificateChangeKind
{
    Revocation,
    Amendment,
}

public enum CertificateChangeStatus
{
    Pending,
    Approved,
    Refused,
}
