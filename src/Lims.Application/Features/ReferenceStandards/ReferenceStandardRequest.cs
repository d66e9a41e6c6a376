using Lims.Domain.Standards;

namespace Lims.Application.Features.ReferenceStandards;

public sealed record ReferenceStandardRequest(string? Code, string? Name, string? Holder, ReferenceStandardKind? Kind, string? TracesTo);

/// <summary>The code never changes; the upstream link may (the holder had it calibrated elsewhere).</summary>
public sealed record ReferenceStandardUpdate(string? Name, string? Holder, ReferenceStandardKind? Kind, string? TracesTo, int? Version);

public sealed record ReferenceStandardResponse(Guid Id, string Code, string Name, string Holder, ReferenceStandardKind Kind, string? TracesTo, int Version)
{
    public static ReferenceStandardResponse From(ReferenceStandard r) => new(r.Id, r.Code, r.Name, r.Holder, r.Kind, r.TracesTo, r.Version);
}
