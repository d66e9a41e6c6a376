using Lims.Api.Auth;
using Lims.Application.Common;
using Lims.Application.Features.ProcedureTemplates;

namespace Lims.Api.Endpoints;

public static class ProcedureTemplateEndpoints
{
    public static void MapProcedureTemplates(this RouteGroupBuilder api)
    {
        api.MapPost("/procedures/{code}/templates", async (string code, ProcedureTemplateRequest body, ProcedureTemplateHandler handler, CancellationToken ct) =>
            {
                var template = await handler.CreateVersionAsync(code, body, ct);
                return TypedResults.Created($"/api/procedure-templates/{template.Id}", template);
            })
            .RequireRoles(Roles.Admin, Roles.QualityManager)
            .WithTags("Procedure templates")
            .WithSummary("A new version of the caller's laboratory's template for the procedure (the first makes it, from the shipped one when there is one): test items, points for the range and class, MPE rule, readings, budget, coverage, significant digits, guard band. Send version = the laboratory's latest number read (0 for none) to be told 409 stale-version when another came first")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/procedures/{code}/templates", (string code, ProcedureTemplateHandler handler, CancellationToken ct) => handler.ListAsync(code, ct))
            .WithTags("Procedure templates")
            .WithSummary("Every version of the procedure's templates the caller may see: the shipped ones, then the laboratory's, oldest first")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/procedure-templates/{id:guid}", (Guid id, ProcedureTemplateHandler handler, CancellationToken ct) => handler.GetAsync(id, ct))
            .WithTags("Procedure templates")
            .WithSummary("One version of a template")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
