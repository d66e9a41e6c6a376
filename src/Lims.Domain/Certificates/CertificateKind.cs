namespace Lims.Domain.Certificates;

/// <summary>The three documents a laboratory issues (domain rule 4).</summary>
public enum CertificateKind
{
    /// <summary>检定证书 (JD): verification passed; states a valid-until date.</summary>
    VerificationCertificate,

    /// <summary>检定结果通知书 (TZ): verification failed; no validity.</summary>
    VerificationResultNotice,

    /// <summary>校准证书 (JZ): results with uncertainty; no legal verdict.</summary>
    CalibrationCertificate,
}
