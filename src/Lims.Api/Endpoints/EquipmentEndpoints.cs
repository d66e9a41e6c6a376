using Lims.Api.Auth;
using Lims.Application.Common;
using Lims.Application.Features.Standards;
using Lims.Application.Features.Traceability;
using Lims.Domain.Standards;

namespace Lims.Api.Endpoints;

public static class EquipmentEndpoints
{
    public static void MapEquipment(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/equipment").WithTags("Standards and traceability");

        group.MapPost("/", async (EquipmentRequest body, EquipmentHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var equipment = await handler.CreateAsync(body, ct);
                IfMatch.SetETag(response, equipment.Version);
                return TypedResults.Created($"/api/equipment/{equipment.AssetNo}", equipment);
            })
            .RequireRoles(Roles.Admin, Roles.QualityManager)
            .WithSummary("Register a piece of equipment (标准器/配套设备) of a measurement standard; it starts in service")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", (string? standardCode, EquipmentStatus? status, string? query, [AsParameters] PageRequest page, EquipmentHandler handler, CancellationToken ct) =>
                handler.ListAsync(standardCode, status, query, page, ct))
            .WithSummary("List equipment by asset number, optionally of one standard, in one status, or filtered by asset number, name or serial number");

        group.MapGet("/{assetNo}", async (string assetNo, EquipmentHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var equipment = await handler.GetAsync(assetNo, ct);
                IfMatch.SetETag(response, equipment.Version);
                return equipment;
            })
            .WithSummary("One piece of equipment: status (out of service: reason, since-date and outOfServiceCause ExpiredCalibration|Other, null otherwise), calibrations (latest first) and next due date (the latest calibration's valid-until)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{assetNo}/calibrations", async (string assetNo, CalibrationRequest body, EquipmentHandler handler, CancellationToken ct) =>
                TypedResults.Created($"/api/equipment/{assetNo}", await handler.AddCalibrationAsync(assetNo, body, ct)))
            .RequireRoles(Roles.Admin, Roles.QualityManager)
            .WithSummary("Record an upstream calibration certificate; expandedUncertainty is text as printed, e.g. \"0.05 mg (k=2)\". A passing calibration after out of tolerance returns the equipment to service")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{assetNo}/out-of-tolerance", (string assetNo, OutOfToleranceRequest body, EquipmentHandler handler, CancellationToken ct) =>
                handler.MarkOutOfToleranceAsync(assetNo, body, ct))
            .RequireRoles(Roles.Admin, Roles.QualityManager)
            .WithSummary("Record that the equipment was found out of tolerance (超差); answers with the impact: the work orders that used it since its last passing calibration (certificate numbers and customers will be joined when certificates exist)")
            .Produces<ImpactResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
