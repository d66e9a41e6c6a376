using Lims.Application.Common;
using Lims.Application.Features.Traceability;

namespace Lims.Api.Endpoints;

public static class TraceabilityEndpoints
{
    public static void MapTraceability(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/traceability").WithTags("Standards and traceability");

        group.MapGet("/equipment/{assetNo}", (string assetNo, DateOnly? on, TraceabilityHandler handler, CancellationToken ct) =>
                handler.ChainAsync(assetNo, on, ct))
            .WithSummary("The traceability chain of one piece of equipment on a date (default today, China time): equipment → its standard → the calibration valid that day → reference standards → national primary standard; each link says valid and, if not, why. Reference standards carry no dates, so only their upstream link is judged")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/audit", (string? laboratoryCode, [AsParameters] PageRequest page, TraceabilityAuditHandler handler, CancellationToken ct) =>
                handler.AuditAsync(laboratoryCode, page, ct))
            .WithSummary("Findings for the quality manager, each with what to do: equipment in service with an expired calibration or none, chains that never reach a national primary standard, assessment certificates expired or expiring within 6 months");

        group.MapGet("/impact", ([AsParameters] ImpactQuery query, ImpactHandler handler, CancellationToken ct) =>
                handler.ImpactAsync(query, ct))
            .WithSummary("Reverse traceability: the work orders whose results used the equipment in [from, to] (default: from its last passing calibration before it was found out of tolerance, to today), with the calibration used. Certificate numbers and customers to notify will be joined when certificates exist")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
