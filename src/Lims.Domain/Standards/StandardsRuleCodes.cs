namespace Lims.Domain.Standards;

/// <summary>The codes with which the standards and traceability rules refuse an action (422).</summary>
public static class StandardsRuleCodes
{
    public const string EquipmentNotValid = "equipment-not-valid";
    public const string EquipmentOfAnotherLaboratory = "equipment-of-another-laboratory";
    public const string StandardNotValid = "standard-not-valid";
    public const string OutsideStandardScope = "outside-standard-scope";
    public const string TraceabilityCycle = "traceability-cycle";
    public const string NationalStandardTracesNowhere = "national-standard-traces-nowhere";
    public const string CalibrationPeriodEmpty = "calibration-period-empty";
    public const string CalibrationInFuture = "calibration-in-future";
    public const string DuplicateCalibrationCertificate = "duplicate-calibration-certificate";
    public const string FoundOnInFuture = "found-on-in-future";
    public const string AlreadyOutOfTolerance = "already-out-of-tolerance";
    public const string UnknownReferenceStandard = "unknown-reference-standard";
    public const string ToldOnInFuture = "told-on-in-future";
    public const string CertificateNotAffected = "certificate-not-affected";
}
