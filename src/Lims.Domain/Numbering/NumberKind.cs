namespace Lims.Domain.Numbering;

/// <summary>
/// What a number is issued for (domain rule 1). Each kind has its own two-letter prefix, see
/// <see cref="NumberKindExtensions.Prefix"/>, and its own sequence per laboratory and year.
/// </summary>
public enum NumberKind
{
    /// <summary>收样 receipt of a submission, prefix <c>SJ</c>.</summary>
    Receipt,

    /// <summary>检定证书 verification certificate, prefix <c>JD</c>.</summary>
    VerificationCertificate,

    /// <summary>检定结果通知书 verification result notice, prefix <c>TZ</c>.</summary>
    VerificationResultNotice,

    /// <summary>校准证书 calibration certificate, prefix <c>JZ</c>.</summary>
    CalibrationCertificate,
}
