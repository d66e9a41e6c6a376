using Lims.Api.Auth;
using Lims.Application.Common;
using Lims.Application.Features.InstrumentTypes;

namespace Lims.Api.Endpoints;

public static class InstrumentTypeEndpoints
{
    public static void MapInstrumentTypes(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/instrument-types").WithTags("Reference data");

        group.MapPost("/", async (InstrumentTypeRequest body, InstrumentTypeHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var type = await handler.CreateAsync(body, ct);
                IfMatch.SetETag(response, type.Version);
                return TypedResults.Created($"/api/instrument-types/{type.Code}", type);
            })
            .RequireRoles(Roles.Admin, Roles.QualityManager)
            .WithSummary("Register an instrument type (器具类别) with its procedure, whether it is in the compulsory verification catalogue, for which uses (compulsoryUses; absent: all four) and how (compulsoryVerification Periodic or InitialOnly), interval and fee")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", (string? query, bool? compulsory, [AsParameters] PageRequest page, InstrumentTypeHandler handler, CancellationToken ct) =>
                handler.ListAsync(query, compulsory, page, ct))
            .WithSummary("List instrument types by code, optionally filtered by code, name or whether they are in the compulsory verification catalogue");

        group.MapGet("/{code}", async (string code, InstrumentTypeHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var type = await handler.GetAsync(code, ct);
                IfMatch.SetETag(response, type.Version);
                return type;
            })
            .WithSummary("One instrument type")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{code}", async (string code, InstrumentTypeUpdate body, InstrumentTypeHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var type = await handler.UpdateAsync(code, body, IfMatch.Version(http.Request), ct);
                IfMatch.SetETag(http.Response, type.Version);
                return type;
            })
            .RequireRoles(Roles.Admin, Roles.QualityManager)
            .WithSummary("Change an instrument type (send version or If-Match); compulsoryUses and compulsoryVerification left out stay as they are for a type in the catalogue")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
