using System.Text.Json;
using Lims.Application.Abstractions;
using Lims.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Audit;

/// <summary>
/// The audit trail as the caller's laboratory sees it (rule 12): the lines of changes made by its
/// people (or, for system work, to its records) and those outside any laboratory; the City quality
/// managers see every line.
/// </summary>
public sealed class AuditHandler(ILimsDb db, ICurrentUser user)
{
    /// <summary>Newest first.</summary>
    public async Task<PagedList<AuditEntryResponse>> ListAsync(AuditQuery query, PageRequest page, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(query, page, ct);
        var rows = await db.AuditTrail.AsNoTracking().SharedOrVisibleTo(user)
            .Where(x => query.Entity == null || x.Entity == query.Entity)
            .Where(x => query.Key == null || x.Key == query.Key)
            .Where(x => query.From == null || x.At >= query.From)
            .Where(x => query.To == null || x.At <= query.To)
            .OrderByDescending(x => x.At)
            .ThenByDescending(x => x.Id)
            .ToPagedListAsync(page, ct);
        var items = rows.Items
            .Select(x => new AuditEntryResponse(x.Id, x.At, x.User, x.LaboratoryCode, x.Action, x.Entity, x.Key, JsonDocument.Parse(x.Changes).RootElement.Clone()))
            .ToList();
        return new PagedList<AuditEntryResponse>(items, rows.Page, rows.PageSize, rows.Total);
    }
}
