using Lims.Api.Auth;
using Lims.Application.Common;
using Lims.Application.Features.ReferenceStandards;
using Lims.Domain.Standards;

namespace Lims.Api.Endpoints;

public static class ReferenceStandardEndpoints
{
    public static void MapReferenceStandards(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reference-standards").WithTags("Standards and traceability");

        group.MapPost("/", async (ReferenceStandardRequest body, ReferenceStandardHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var standard = await handler.CreateAsync(body, ct);
                IfMatch.SetETag(response, standard.Version);
                return TypedResults.Created($"/api/reference-standards/{standard.Code}", standard);
            })
            .RequireRoles(Roles.Admin, Roles.QualityManager)
            .WithSummary("Register an upstream node of the chain (上级标准 / 国家计量基准), from the top down: tracesTo must exist; a national primary standard traces to nothing")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", (string? query, ReferenceStandardKind? kind, [AsParameters] PageRequest page, ReferenceStandardHandler handler, CancellationToken ct) =>
                handler.ListAsync(query, kind, page, ct))
            .WithSummary("List reference standards by code, optionally filtered by code, name, holder or kind");

        group.MapGet("/{code}", async (string code, ReferenceStandardHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var standard = await handler.GetAsync(code, ct);
                IfMatch.SetETag(response, standard.Version);
                return standard;
            })
            .WithSummary("One reference standard")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{code}", async (string code, ReferenceStandardUpdate body, ReferenceStandardHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var standard = await handler.UpdateAsync(code, body, IfMatch.Version(http.Request), ct);
                IfMatch.SetETag(http.Response, standard.Version);
                return standard;
            })
            .RequireRoles(Roles.Admin, Roles.QualityManager)
            .WithSummary("Change a reference standard's name, holder, kind or upstream link (send version or If-Match); a link that closes a circle is 422 traceability-cycle")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
