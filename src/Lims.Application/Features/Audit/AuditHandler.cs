using System.Text.Json;
using Lims.Application.Abstractions;
using Lims.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Audit;

public sealed class AuditHandler(ILimsDb db)
{
    /// <summary>Newest first.</summary>
    public async Task<PagedList<AuditEntryResponse>> ListAsync(AuditQuery query, PageRequest page, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(query, page, ct);
        var rows = await db.AuditTrail.AsNoTracking()
            .Where(x => query.Entity == null || x.Entity == query.Entity)
            .Where(x => query.Key == null || x.Key == query.Key)
            .Where(x => query.From == null || x.At >= query.From)
            .Where(x => query.To == null || x.At <= query.To)
            .OrderByDescending(x => x.At)
            .ThenByDescending(x => x.Id)
            .ToPagedListAsync(page, ct);
        var items = rows.Items
            .Select(x => new AuditEntryResponse(x.Id, x.At, x.User, x.Action, x.Entity, x.Key, JsonDocument.Parse(x.Changes).RootElement.Clone()))
            .ToList();
        return new PagedList<AuditEntryResponse>(items, rows.Page, rows.PageSize, rows.Total);
    }
}
