using Lims.Api.Auth;
using Lims.Application.Common;
using Lims.Application.Features.Instruments;

namespace Lims.Api.Endpoints;

public static class InstrumentEndpoints
{
    public static void MapInstruments(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/instruments").WithTags("Reception");

        group.MapPost("/", async (InstrumentRequest body, InstrumentHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var instrument = await handler.CreateAsync(body, ct);
                IfMatch.SetETag(response, instrument.Version);
                return TypedResults.Created($"/api/instruments/{instrument.Id}", instrument);
            })
            .RequireRoles(Roles.Reception, Roles.Admin)
            .WithSummary("Register a customer's instrument (计量器具); it is under compulsory verification when its type is in the catalogue for its usage (compulsory, compulsoryVerification); lastVerification, its last verification from before Lims, sets lastVerifiedOn and nextDueOn (rule 15)")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", ([AsParameters] InstrumentQuery query, [AsParameters] PageRequest page, InstrumentHandler handler, CancellationToken ct) =>
                handler.ListAsync(query, page, ct))
            .WithSummary("List instruments by customer, compulsory verification (by type and usage), or due date (dueBefore also lists instruments never verified), soonest due first");

        group.MapGet("/{id:guid}", async (Guid id, InstrumentHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var instrument = await handler.GetAsync(id, ct);
                IfMatch.SetETag(response, instrument.Version);
                return instrument;
            })
            .WithSummary("One instrument with its status, last verification, next due date, certificates and its verification from before Lims (priorVerification)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}", async (Guid id, InstrumentUpdate body, InstrumentHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var instrument = await handler.UpdateAsync(id, body, IfMatch.Version(http.Request), ct);
                IfMatch.SetETag(http.Response, instrument.Version);
                return instrument;
            })
            .RequireRoles(Roles.Reception, Roles.Admin)
            .WithSummary("Change an instrument's model, range, accuracy class, usage or location (send version or If-Match); a new usage may put it under compulsory verification or take it out")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapPost("/{id:guid}/retire", async (Guid id, RetireInstrumentRequest body, InstrumentHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var instrument = await handler.RetireAsync(id, body, IfMatch.Version(http.Request), ct);
                IfMatch.SetETag(http.Response, instrument.Version);
                return instrument;
            })
            .RequireRoles(Roles.Reception, Roles.Admin)
            .WithSummary("Retire an instrument (报废/停用) with the reason: it leaves the coverage rate and the public announcement; not while at the laboratory (422 instrument-at-laboratory)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
