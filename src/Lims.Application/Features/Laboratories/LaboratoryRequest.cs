using Lims.Domain.ReferenceData;

namespace Lims.Application.Features.Laboratories;

public sealed record LaboratoryRequest(string? Code, string? Name, LaboratoryLevel? Level, string? AccreditationNo, string? Address);

public sealed record LaboratoryUpdate(string? Name, LaboratoryLevel? Level, string? AccreditationNo, string? Address, int? Version);

public sealed record LaboratoryResponse(Guid Id, string Code, string Name, LaboratoryLevel Level, string AccreditationNo, string Address, int Version)
{
    public static LaboratoryResponse From(Laboratory lab) =>
        new(lab.Id, lab.Code, lab.Name, lab.Level, lab.AccreditationNo, lab.Address, lab.Version);
}
