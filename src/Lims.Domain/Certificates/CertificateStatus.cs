namespace Lims.Domain.Certificates;

public enum CertificateStatus
{
    Valid,

    /// <summary>A verification certificate past its valid-until date.</summary>
    Expired,
    Revoked,

    /// <summary>Replaced by an amendment, which names it.</summary>
    Superseded,
}
