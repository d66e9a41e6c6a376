using Lims.Api.Auth;
using Lims.Application.Common;
using Lims.Application.Features.Certificates;
using Microsoft.AspNetCore.Http.HttpResults;

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

        group.MapPost("/{certificateNo}/revoke", async (string certificateNo, RevokeRequest body, CertificateChangeHandler handler, CancellationToken ct) =>
                Requested(await handler.RequestRevocationAsync(certificateNo, body, ct)))
            .RequireRoles(Roles.QualityManager)
            .WithSummary("Ask for a certificate's revocation, with the reason: another approver of the laboratory decides it (POST /api/certificate-changes/{id}/approve), and only then is it Revoked")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{certificateNo}/amend", async (string certificateNo, AmendRequest body, CertificateChangeHandler handler, CancellationToken ct) =>
                Requested(await handler.RequestAmendmentAsync(certificateNo, body, ct)))
            .RequireRoles(Roles.QualityManager)
            .WithSummary("Ask for an amendment with corrections: once another approver of the laboratory approves it, {number}-A{n} is issued naming the certificate it replaces and why, and that one becomes Superseded. The customer, instrument type and serial number are never amended (422 identity-not-amendable)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var changes = api.MapGroup("/certificate-changes").WithTags("Certificates");

        changes.MapGet("/", ([AsParameters] CertificateChangeQuery query, [AsParameters] PageRequest page, CertificateChangeHandler handler, CancellationToken ct) =>
                handler.ListAsync(query, page, ct))
            .RequireRoles(Roles.Approver, Roles.QualityManager)
            .WithSummary("Revocation and amendment requests of the laboratory, newest first, by status (Pending, Approved, Refused) or certificate");

        changes.MapGet("/{id:guid}", (Guid id, CertificateChangeHandler handler, CancellationToken ct) => handler.GetAsync(id, ct))
            .RequireRoles(Roles.Approver, Roles.QualityManager)
            .WithSummary("One revocation or amendment request and its decision")
            .ProducesProblem(StatusCodes.Status404NotFound);

        changes.MapPost("/{id:guid}/approve", (Guid id, CertificateChangeApproval? body, CertificateChangeHandler handler, CancellationToken ct) =>
                handler.ApproveAsync(id, body ?? new CertificateChangeApproval(null, null), ct))
            .RequireRoles(Roles.Approver)
            .WithSummary("Approve another person's request: the certificate is revoked, or its amendment issued (issuedCertificateNo); 422 own-change-request for one's own")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        changes.MapPost("/{id:guid}/refuse", (Guid id, CertificateChangeRefusal body, CertificateChangeHandler handler, CancellationToken ct) =>
                handler.RefuseAsync(id, body, ct))
            .RequireRoles(Roles.Approver)
            .WithSummary("Refuse another person's request, saying why; the certificate stays as it is")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static Created<CertificateChangeResponse> Requested(CertificateChangeResponse change) =>
        TypedResults.Created($"/api/certificate-changes/{change.Id}", change);

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
