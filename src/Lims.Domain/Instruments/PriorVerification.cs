namespace Lims.Domain.Instruments;

/// <summary>
/// 上次检定 (rule 15): an instrument's last verification from before it came to Lims, as its
/// certificate or result notice states it — by another laboratory, or by this one before it used
/// Lims. Rule 10 gives the instrument's due date from it as from a verification done in Lims, and
/// it counts as an inspection in the coverage rate (rule 11) until a verification in Lims follows.
/// It is the instrument's history from before Lims and never changes.
/// </summary>
public sealed class PriorVerification
{
    private PriorVerification()
    {
        CertificateNo = IssuedBy = string.Empty;
    }

    internal PriorVerification(Guid instrumentId, string certificateNo, string issuedBy, DateOnly performedOn, PriorConclusion conclusion)
    {
        InstrumentId = instrumentId;
        CertificateNo = certificateNo;
        IssuedBy = issuedBy;
        PerformedOn = performedOn;
        Conclusion = conclusion;
    }

    /// <summary>The instrument it belongs to; an instrument has at most one.</summary>
    public Guid InstrumentId { get; private set; }

    /// <summary>证书编号 of the verification certificate or result notice.</summary>
    public string CertificateNo { get; private set; }

    /// <summary>The laboratory that verified it (检定机构), as the certificate names it.</summary>
    public string IssuedBy { get; private set; }

    public DateOnly PerformedOn { get; private set; }

    public PriorConclusion Conclusion { get; private set; }
}

/// <summary>合格 (a verification certificate) or 不合格 (a result notice).</summary>
public enum PriorConclusion
{
    Pass,
    Fail,
}
