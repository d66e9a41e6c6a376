using Lims.Api.Auth;
using Lims.Application.Common;
using Lims.Application.Features.Certificates;

namespace Lims.Api.Endpoints;

public static class CertificateEndpoints
{
    public static void MapCertificates(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/certificates").WithTags("Certificates");

        group.MapGet("/", ([AsParameters] CertificateQuery query, [AsParameters] PageRequest page, CertificateHandler handler, CancellationToken ct) =>
                handler.ListAsync(query, page, ct))
            .WithSummary("List certificates, newest first, by customer, instrument or issue date");

        group.MapGet("/{certificateNo}", (string certificateNo, CertificateHandler handler, CancellationToken ct) => handler.GetAsync(certificateNo, ct))
            .WithSummary("One certificate: kind, status (Valid, Expired, Revoked, Superseded), validity, SHA-256 of its PDF, what it supersedes")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{certificateNo}/pdf", async (string certificateNo, CertificateHandler handler, CancellationToken ct) =>
                TypedResults.File(await handler.PdfAsync(certificateNo, ct), "application/pdf", $"{certificateNo}.pdf"))
            .WithSummary("The PDF rendered at issue: the same bytes every time (its sha256)")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{certificateNo}/revoke", (string certificateNo, RevokeRequest body, CertificateHandler handler, CancellationToken ct) =>
                handler.RevokeAsync(certificateNo, body, ct))
            .RequireRoles(Roles.QualityManager)
            .WithSummary("Revoke a certificate, with the reason")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{certificateNo}/amend", async (string certificateNo, AmendRequest body, CertificateHandler handler, CancellationToken ct) =>
            {
                var amended = await handler.AmendAsync(certificateNo, body, ct);
                return TypedResults.Created($"/api/certificates/{amended.CertificateNo}", amended);
            })
            .RequireRoles(Roles.QualityManager)
            .WithSummary("Issue an amendment {number}-A{n} with corrections; it names the certificate it replaces and why, and that one becomes Superseded")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    public static void MapPublicCertificates(this RouteGroupBuilder api) =>
        api.MapGet("/public/certificates/{certificateNo}", (string certificateNo, string? code, CertificateHandler handler, CancellationToken ct) =>
                handler.PublicCheckAsync(certificateNo, code, ct))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Public)
            .WithTags("Public")
            .WithSummary("Check a certificate with the verification code printed beside its QR code; reveals nothing about the customer. Wrong code or unknown number: 404")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
