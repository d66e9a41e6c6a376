using Lims.Domain.ReferenceData;

namespace Lims.Application.Features.Procedures;

public sealed record ProcedureRequest(string? Code, string? Title, ProcedureKind? Kind);

/// <summary>The code and with it the kind never change; the title may.</summary>
public sealed record ProcedureUpdate(string? Title, int? Version);

public sealed record ProcedureResponse(Guid Id, string Code, string Title, ProcedureKind Kind, int Version)
{
    public static ProcedureResponse From(Procedure p) => new(p.Id, p.Code, p.Title, p.Kind, p.Version);
}
