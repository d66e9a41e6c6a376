using Lims.Api.Auth;
using Lims.Api.Errors;
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
    
        // The content type is checked here rather than declared with Accepts: routing would answer 415
        // before authorisation, telling an anonymous caller the route exists; and only after the
        // laboratory scope, so another laboratory's administrator is told there is no such laboratory.
        group.MapPut("/{code}/seal", async Task<IResult> (string code, HttpRequest request, LaboratorySeals seals, CancellationToken ct) =>
            {
                await seals.EnsureMayChangeAsync(code, ct);
                if (!string.Equals(request.ContentType, "image/png", StringComparison.OrdinalIgnoreCase))
                {
                    return TypedResults.Problem(Problems.Create(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Send the seal image as image/png."));
                }

                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body, ct);
                await seals.SetAsync(code, body.ToArray(), ct);
                return TypedResults.NoContent();
            })
            .RequireRoles(Roles.Admin)
            .WithSummary("Upload the laboratory's seal image (PNG, at most 512 KB, 32–2000 pixels a side; transparency kept), printed in the seal area of its certificates' cover page; 422 seal-image-invalid")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/{code}/seal", async (string code, LaboratorySeals seals, CancellationToken ct) => TypedResults.File(await seals.GetAsync(code, ct), "image/png"))
            .WithSummary("The laboratory's seal image, as uploaded")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{code}/seal", async (string code, LaboratorySeals seals, CancellationToken ct) =>
            {
                await seals.RemoveAsync(code, ct);
                return TypedResults.NoContent();
            })
            .RequireRoles(Roles.Admin)
            .WithSummary("Remove the seal image: certificates then show an empty seal area for the stamp")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
