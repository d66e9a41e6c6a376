using Lims.Domain.Common;

namespace Lims.Domain.Standards;

/// <summary>
/// 计量标准: a laboratory's assessed standard setup, e.g. E2等级砝码标准装置. Its assessment
/// certificate (计量标准考核证书) is valid until a date, and it may only be used for the procedures in
/// its scope. A public standard (社会公用计量标准) serves the whole city.
/// </summary>
public sealed class MeasurementStandard : IVersioned, IHasCode, IBelongsToLaboratory
{
    private MeasurementStandard()
    {
        Code = Name = LaboratoryCode = AssessmentCertificateNo = string.Empty;
        ProcedureCodes = [];
    }

    public MeasurementStandard(string code, string name, string laboratoryCode, string assessmentCertificateNo, DateOnly assessmentValidUntil, bool isPublicStandard, IEnumerable<string> procedureCodes)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        Name = name;
        LaboratoryCode = laboratoryCode;
        AssessmentCertificateNo = assessmentCertificateNo;
        AssessmentValidUntil = assessmentValidUntil;
        IsPublicStandard = isPublicStandard;
        ProcedureCodes = [.. procedureCodes.Distinct(StringComparer.Ordinal)];
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string LaboratoryCode { get; private set; }

    public string AssessmentCertificateNo { get; private set; }

    public DateOnly AssessmentValidUntil { get; private set; }

    public bool IsPublicStandard { get; private set; }

    /// <summary>The verification regulations and calibration specifications in the standard's scope.</summary>
    public IReadOnlyList<string> ProcedureCodes { get; private set; }

    public int Version { get; private set; }

    public bool IsAssessmentValidOn(DateOnly date) => date <= AssessmentValidUntil;

    public bool Covers(string procedureCode) => ProcedureCodes.Contains(procedureCode, StringComparer.Ordinal);
}
