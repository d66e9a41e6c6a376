using Lims.Domain.WorkOrders;

namespace Lims.Application.Features.WorkOrders;

/// <summary>Filters of <c>GET /api/work-orders</c>.</summary>
public sealed record WorkOrderQuery(WorkOrderStatus? Status, string? Assignee, string? LaboratoryCode, string? Number = null);
