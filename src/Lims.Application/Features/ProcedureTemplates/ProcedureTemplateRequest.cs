using Lims.Domain.ProcedureTemplates;

namespace Lims.Application.Features.ProcedureTemplates;

/// <summary>
/// <c>POST /api/procedures/{code}/templates</c>: a new version of the caller's laboratory's
/// template for the procedure (the first one makes it). <see cref="Version"/>, when sent, is the
/// number of the laboratory's latest version the client read (0 for none): a stale one is 409.
/// </summary>
public sealed record ProcedureTemplateRequest(TemplateDefinition? Definition, int? Version);

/// <summary>One version of a template; <see cref="LaboratoryCode"/> null for a shipped one.</summary>
public sealed record ProcedureTemplateResponse(
    Guid Id,
    string ProcedureCode,
    string? LaboratoryCode,
    int Number,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    Guid? BasedOn,
    TemplateDefinition Definition)
{
    public static ProcedureTemplateResponse From(ProcedureTemplate t) =>
        new(t.Id, t.ProcedureCode, t.LaboratoryCode, t.Number, t.CreatedAt, t.CreatedBy, t.BasedOn, TemplateJson.Read(t));
}
