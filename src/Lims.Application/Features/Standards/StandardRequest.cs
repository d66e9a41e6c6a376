using Lims.Domain.Standards;

namespace Lims.Application.Features.Standards;

public sealed record StandardRequest(string? Code, string? Name, string? LaboratoryCode, string? AssessmentCertificateNo, DateOnly? AssessmentValidUntil, bool? IsPublicStandard, IReadOnlyList<string>? ProcedureCodes);

public sealed record StandardResponse(Guid Id, string Code, string Name, string LaboratoryCode, string AssessmentCertificateNo, DateOnly AssessmentValidUntil, bool IsPublicStandard, IReadOnlyList<string> ProcedureCodes, int Version)
{
    public static StandardResponse From(MeasurementStandard s) =>
        new(s.Id, s.Code, s.Name, s.LaboratoryCode, s.AssessmentCertificateNo, s.AssessmentValidUntil, s.IsPublicStandard, s.ProcedureCodes, s.Version);
}
