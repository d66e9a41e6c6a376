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

        group.MapGet("/{id:guid}", (Guid id, WorkOrderQueries queries, CancellationToken ct) => queries.GetAsync(id, ct))
            .WithSummary("One work order")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
