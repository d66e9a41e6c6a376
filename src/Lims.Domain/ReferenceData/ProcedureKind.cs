namespace Lims.Domain.ReferenceData;

public enum ProcedureKind
{
    /// <summary>检定规程, JJG: the legal basis of a verification.</summary>
    VerificationRegulation,

    /// <summary>校准规范, JJF: the method of a calibration.</summary>
    CalibrationSpecification,
}
