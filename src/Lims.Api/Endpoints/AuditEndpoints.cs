using Lims.Api.Auth;
using Lims.Application.Common;
using Lims.Application.Features.Audit;

namespace Lims.Api.Endpoints;

public static class AuditEndpoints
{
    public static void MapAudit(this RouteGroupBuilder api) =>
        api.MapGet("/audit", ([AsParameters] AuditQuery query, [AsParameters] PageRequest page, AuditHandler handler, CancellationToken ct) =>
                handler.ListAsync(query, page, ct))
            .RequireRoles(Roles.QualityManager, Roles.Admin)
            .WithTags("Audit trail")
            .WithSummary("The append-only audit trail, newest first: who changed which record, when, before and after");
}
