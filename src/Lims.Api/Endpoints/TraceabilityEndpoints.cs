using Lims.Api.Auth;
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

        group.MapGet("/certificates/{certificateNo}", (string certificateNo, TraceabilityHandler handler, CancellationToken ct) =>
                handler.CertificateChainAsync(certificateNo, ct))
            .WithSummary("The traceability of a certificate: every piece of equipment its results used, each with its chain on the performance date up to a national primary standard; valid only if every link of every chain is")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/audit", (string? laboratoryCode, [AsParameters] PageRequest page, TraceabilityAuditHandler handler, CancellationToken ct) =>
                handler.AuditAsync(laboratoryCode, page, ct))
            .WithSummary("Findings for the quality manager, each with what to do: equipment in service with an expired calibration or none, chains that never reach a national primary standard, assessment certificates expired or expiring within 6 months, and current certificates whose results cited equipment not valid on the measurement date");

        group.MapGet("/impact", ([AsParameters] ImpactQuery query, ImpactHandler handler, CancellationToken ct) =>
                handler.ImpactAsync(query, ct))
            .WithSummary("Reverse traceability: the work orders whose results used the equipment in [from, to] (default: from its last passing calibration before it was found out of tolerance, to today), with the calibration used, the current certificate issued for each, the customer and contact to notify and whether they were told (stillToTell: certificates whose customer is not)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/impact/notices", async (CustomerNoticeRequest body, CustomerNoticeHandler handler, CancellationToken ct) =>
            {
                var notice = await handler.RecordAsync(body, ct);
                return TypedResults.Created($"/api/traceability/impact?assetNo={Uri.EscapeDataString(notice.AssetNo)}", notice);
            })
            .RequireRoles(Roles.Admin, Roles.QualityManager)
            .WithSummary("Mark the customer of an affected certificate told that the equipment was found out of tolerance: how (Phone, Letter, Email), toldOn (default today), a note; who is the caller. Once per certificate and equipment (409 already-told)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
