using Lims.Api.Auth;
using Lims.Application.Common;
using Lims.Application.Features.WorkOrders;

namespace Lims.Api.Endpoints;

public static class WorkOrderEndpoints
{
    public static void MapWorkOrders(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/work-orders").WithTags("Work orders");

        group.MapGet("/", ([AsParameters] WorkOrderQuery query, [AsParameters] PageRequest page, WorkOrderQueries queries, CancellationToken ct) =>
                queries.ListAsync(query, page, ct))
            .WithSummary("List work orders, oldest first, by status, assignee or laboratory");

        group.MapGet("/{id:guid}", (Guid id, WorkOrderQueries queries, CancellationToken ct) => queries.GetDetailAsync(id, ct))
            .WithSummary("One work order with its current results (every point evaluated), every earlier version, and its certificate")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{number}", (string number, WorkOrderQueries queries, CancellationToken ct) => queries.GetDetailByNumberAsync(number, ct))
            .WithSummary("One work order by its number (JM-SJ-2026-000021-01, the number on the instrument's QR label)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/assign", (Guid id, AssignRequest body, WorkOrderHandler handler, CancellationToken ct) => handler.AssignAsync(id, body, ct))
            .RequireRoles(Roles.Reception, Roles.QualityManager)
            .WithSummary("Give the job to a technician who holds an authorisation for its procedure valid today (else 422 technician-not-authorised)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/results", (Guid id, ResultsRequest body, WorkOrderHandler handler, CancellationToken ct) => handler.RecordResultsAsync(id, body, ct))
            .RequireRoles(Roles.Technician)
            .WithSummary("The assignee records readings; the server evaluates every point (mean, error, U, k, verdict) and the conclusion. Sending again before review adds a version. 422: equipment-not-valid, standard-not-valid, outside-standard-scope, decision-rule-not-allowed, technician-not-authorised, not-assignee, results-locked")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/review", (Guid id, ReviewRequest body, WorkOrderHandler handler, CancellationToken ct) => handler.ReviewAsync(id, body, ct))
            .RequireRoles(Roles.Reviewer)
            .WithSummary("核验: accept, or reject back to the technician with a comment; never by the performer (422 same-person)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/cancel", (Guid id, CancelRequest body, WorkOrderHandler handler, CancellationToken ct) => handler.CancelAsync(id, body, ct))
            .RequireRoles(Roles.Reception, Roles.QualityManager)
            .WithSummary("End a job without a certificate (the customer withdrew the item, or it cannot be measured), with the reason; not once approved")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/approve", (Guid id, ApproveRequest? body, WorkOrderHandler handler, CancellationToken ct) => handler.ApproveAsync(id, body ?? new ApproveRequest(null), ct))
            .RequireRoles(Roles.Approver)
            .WithSummary("批准: a third person signs and the certificate is issued (kind by rule 4, gap-free number); returns the certificate. A second approval gets 409; a verification with an undetermined point (JJF 1094) gets 422 undetermined-conformity")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
