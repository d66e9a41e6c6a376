using Lims.Domain.Common;
using Lims.Domain.Measurements;

namespace Lims.Domain.Certificates;

/// <summary>
/// An issued certificate (检定证书, 检定结果通知书 or 校准证书). Its PDF is rendered once at issue
/// and never changes; after issue only revocation or an amendment (a new certificate that
/// supersedes it) can change its standing (ISO/IEC 17025 7.8.8).
/// </summary>
public sealed class Certificate : IVersioned, IHasCode, IBelongsToLaboratory
{
    private Certificate()
    {
        CertificateNo = LaboratoryCode = InstrumentTypeCode = Sha256 = VerificationCode = IssuedBy = string.Empty;
        PrintedInstrumentType = PrintedSerialNumber = PrintedLaboratory = string.Empty;
    }

    public Certificate(string certificateNo, CertificateKind kind, Guid workOrderId, Guid instrumentId, string instrumentTypeCode, Guid customerId, string laboratoryCode, DateOnly performedOn,
        DateOnly issuedOn, DateTimeOffset issuedAt, string issuedBy, DateOnly? validUntil, OverallConclusion conclusion, string verificationCode)
    {
        Id = Guid.CreateVersion7();
        CertificateNo = certificateNo;
        Kind = kind;
        WorkOrderId = workOrderId;
        InstrumentId = instrumentId;
        InstrumentTypeCode = instrumentTypeCode;
        CustomerId = customerId;
        LaboratoryCode = laboratoryCode;
        PerformedOn = performedOn;
        IssuedOn = issuedOn;
        IssuedAt = issuedAt;
        IssuedBy = issuedBy;
        ValidUntil = validUntil;
        Conclusion = conclusion;
        VerificationCode = verificationCode;
        Sha256 = PrintedInstrumentType = PrintedSerialNumber = PrintedLaboratory = string.Empty;
    }

    public Guid Id { get; private set; }

    public string CertificateNo { get; private set; }

    public CertificateKind Kind { get; private set; }

    public Guid WorkOrderId { get; private set; }

    public Guid InstrumentId { get; private set; }

    /// <summary>
    /// The instrument's type, copied at issue (an instrument never changes type), so that the
    /// reports group and window certificates by type without a lookup of each instrument.
    /// </summary>
    public string InstrumentTypeCode { get; private set; }

    public Guid CustomerId { get; private set; }

    public string LaboratoryCode { get; private set; }

    public DateOnly PerformedOn { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>The approver who signed it.</summary>
    public string IssuedBy { get; private set; }

    public DateOnly? ValidUntil { get; private set; }

    public OverallConclusion Conclusion { get; private set; }

    /// <summary>Printed beside the QR code; the public check needs it.</summary>
    public string VerificationCode { get; private set; }

    /// <summary>SHA-256 of the PDF bytes, hex.</summary>
    public string Sha256 { get; private set; }

    /// <summary>
    /// The instrument type's name, the serial number and the laboratory's name as the PDF prints
    /// them: the public check shows these, so it never differs from the paper, whatever the
    /// registers say later (a type or a laboratory renamed).
    /// </summary>
    public string PrintedInstrumentType { get; private set; }

    public string PrintedSerialNumber { get; private set; }

    public string PrintedLaboratory { get; private set; }

    public bool Revoked { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevocationReason { get; private set; }

    public string? Supersedes { get; private set; }

    public string? SupersededBy { get; private set; }

    public string? AmendmentReason { get; private set; }

    /// <summary>What the amendments up to this one corrected, as JSON; null for an original.</summary>
    public string? Corrections { get; private set; }

    public int Version { get; private set; }

    /// <summary>The audit trail and people know a certificate by its number.</summary>
    string IHasCode.Code => CertificateNo;

    /// <summary>Standing on a given day: revoked and superseded outrank expiry.</summary>
    public CertificateStatus StatusOn(DateOnly today) =>
        Revoked ? CertificateStatus.Revoked
        : SupersededBy is not null ? CertificateStatus.Superseded
        : ValidUntil is { } until && until < today ? CertificateStatus.Expired
        : CertificateStatus.Valid;

    /// <summary>Records the PDF's hash and what it prints of the item and the laboratory (see <see cref="PrintedInstrumentType"/>).</summary>
    public void AttachPdf(string sha256, string instrumentType, string serialNumber, string laboratory)
    {
        if (Sha256.Length > 0)
        {
            throw new InvalidOperationException("A certificate's PDF is rendered once.");
        }

        Sha256 = sha256;
        PrintedInstrumentType = instrumentType;
        PrintedSerialNumber = serialNumber;
        PrintedLaboratory = laboratory;
    }

    public void Revoke(string reason, DateTimeOffset at)
    {
        if (Revoked || SupersededBy is not null)
        {
            throw new DomainRuleException("certificate-not-current", $"Certificate {CertificateNo} is already {(Revoked ? "revoked" : "superseded")}.");
        }

        Revoked = true;
        RevokedAt = at;
        RevocationReason = reason;
    }

    public void SupersedeWith(string amendmentNo)
    {
        if (Revoked || SupersededBy is not null)
        {
            throw new DomainRuleException("certificate-not-current", $"Certificate {CertificateNo} is already {(Revoked ? "revoked" : "superseded")}; amend the current one.");
        }

        SupersededBy = amendmentNo;
    }

    public void MarkAsAmendmentOf(string originalNo, string reason, string corrections)
    {
        Supersedes = originalNo;
        AmendmentReason = reason;
        Corrections = corrections;
    }
}
