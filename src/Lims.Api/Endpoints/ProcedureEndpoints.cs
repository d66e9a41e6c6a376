using Lims.Api.Auth;
using Lims.Application.Common;
using Lims.Application.Features.Procedures;
using Lims.Domain.ReferenceData;

namespace Lims.Api.Endpoints;

public static class ProcedureEndpoints
{
    public static void MapProcedures(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/procedures").WithTags("Reference data");

        group.MapPost("/", async (ProcedureRequest body, ProcedureHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var procedure = await handler.CreateAsync(body, ct);
                IfMatch.SetETag(response, procedure.Version);
                return TypedResults.Created($"/api/procedures/{Uri.EscapeDataString(procedure.Code)}", procedure);
            })
            .RequireRoles(Roles.Admin, Roles.QualityManager)
            .WithSummary("Register a verification regulation (JJG) or calibration specification (JJF)")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/", (string? query, ProcedureKind? kind, [AsParameters] PageRequest page, ProcedureHandler handler, CancellationToken ct) =>
                handler.ListAsync(query, kind, page, ct))
            .WithSummary("List procedures by code, optionally filtered by code, title or kind");

        group.MapGet("/{code}", async (string code, ProcedureHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var procedure = await handler.GetAsync(code, ct);
                IfMatch.SetETag(response, procedure.Version);
                return procedure;
            })
            .WithSummary("One procedure (escape the space in the code: JJG%20539-2016)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{code}", async (string code, ProcedureUpdate body, ProcedureHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var procedure = await handler.UpdateAsync(code, body, IfMatch.Version(http.Request), ct);
                IfMatch.SetETag(http.Response, procedure.Version);
                return procedure;
            })
            .RequireRoles(Roles.Admin, Roles.QualityManager)
            .WithSummary("Change a procedure's title (send version or If-Match)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
