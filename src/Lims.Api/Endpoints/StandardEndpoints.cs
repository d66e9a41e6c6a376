using Lims.Api.Auth;
using Lims.Application.Common;
using Lims.Application.Features.Standards;

namespace Lims.Api.Endpoints;

public static class StandardEndpoints
{
    public static void MapStandards(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/standards").WithTags("Standards and traceability");

        group.MapPost("/", async (StandardRequest body, StandardHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var standard = await handler.CreateAsync(body, ct);
                IfMatch.SetETag(response, standard.Version);
                return TypedResults.Created($"/api/standards/{standard.Code}", standard);
            })
            .RequireRoles(Roles.Admin, Roles.QualityManager)
            .WithSummary("Register a measurement standard (计量标准) with its assessment certificate and the procedures in its scope")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", (string? laboratoryCode, string? query, [AsParameters] PageRequest page, StandardHandler handler, CancellationToken ct) =>
                handler.ListAsync(laboratoryCode, query, page, ct))
            .WithSummary("List measurement standards by code, optionally of one laboratory or filtered by code or name");

        group.MapGet("/{code}", async (string code, StandardHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var standard = await handler.GetAsync(code, ct);
                IfMatch.SetETag(response, standard.Version);
                return standard;
            })
            .WithSummary("One measurement standard")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
