using Lims.Api.Auth;
using Lims.Application.Common;
using Lims.Application.Features.Intake;
using Lims.Domain.Intake;
using Microsoft.AspNetCore.Mvc;

namespace Lims.Api.Endpoints;

public static class IntakeEndpoints
{
    public static void MapIntake(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/submissions").WithTags("Reception");

        group.MapPost("/", async (SubmissionRequest body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, IntakeDesk desk, HttpResponse response) =>
            {
                var (created, replayed) = await desk.HandInAsync(body, idempotencyKey);
                if (replayed)
                {
                    response.Headers["Idempotent-Replayed"] = "true";
                }

                return TypedResults.Created($"/api/submissions/{created.Id}", created);
            })
            .RequireRoles(Roles.Reception, Roles.Admin)
            .WithSummary("Hand instruments in: a receipt number, one work order per item, all or nothing. Send an Idempotency-Key to make retries safe")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", (Guid? customerId, SubmissionStatus? status, [AsParameters] PageRequest page, SubmissionHandler handler, CancellationToken ct) =>
                handler.ListAsync(customerId, status, page, ct))
            .WithSummary("List submissions, newest first, by customer or status");

        group.MapGet("/{id:guid}", (Guid id, SubmissionHandler handler, CancellationToken ct) => handler.GetAsync(id, ct))
            .WithSummary("One submission with each item's work order status and the fees")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/receipt", async (Guid id, SubmissionHandler handler, CancellationToken ct) =>
            {
                var (receiptNo, pdf) = await handler.ReceiptAsync(id, ct);
                return TypedResults.File(pdf, "application/pdf", $"{receiptNo}.pdf");
            })
            .WithSummary("The intake receipt (收样回执) as PDF, with a QR-coded label per item carrying its work order number")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/return", (Guid id, ReturnRequest? body, SubmissionHandler handler, CancellationToken ct) =>
                handler.ReturnAsync(id, body ?? new ReturnRequest(null), ct))
            .RequireRoles(Roles.Reception, Roles.Admin)
            .WithSummary("Hand the instruments back; every work order must be approved or cancelled (else 422 work-not-finished)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
