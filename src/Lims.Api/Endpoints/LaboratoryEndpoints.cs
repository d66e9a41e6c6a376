using Lims.Api.Auth;
using Lims.Application.Common;
using Lims.Application.Features.Laboratories;

namespace Lims.Api.Endpoints;

public static class LaboratoryEndpoints
{
    public static void MapLaboratories(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/laboratories").WithTags("Reference data");

        group.MapPost("/", async (LaboratoryRequest body, LaboratoryHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var lab = await handler.CreateAsync(body, ct);
                IfMatch.SetETag(response, lab.Version);
                return TypedResults.Created($"/api/laboratories/{lab.Code}", lab);
            })
            .RequireRoles(Roles.Admin, Roles.QualityManager)
            .WithSummary("Register a laboratory (计量技术机构)")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/", (string? query, [AsParameters] PageRequest page, LaboratoryHandler handler, CancellationToken ct) =>
                handler.ListAsync(query, page, ct))
            .WithSummary("List laboratories by code, optionally filtered by code or name");

        group.MapGet("/{code}", async (string code, LaboratoryHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var lab = await handler.GetAsync(code, ct);
                IfMatch.SetETag(response, lab.Version);
                return lab;
            })
            .WithSummary("One laboratory")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{code}", async (string code, LaboratoryUpdate body, LaboratoryHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var lab = await handler.UpdateAsync(code, body, IfMatch.Version(http.Request), ct);
                IfMatch.SetETag(http.Response, lab.Version);
                return lab;
            })
            .RequireRoles(Roles.Admin, Roles.QualityManager)
            .WithSummary("Change a laboratory's name, level, accreditation or address (send version or If-Match)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
