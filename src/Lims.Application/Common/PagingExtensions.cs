using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Common;

public static class PagingExtensions
{
    /// <summary>Counts and fetches one page; the query must already be ordered.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, PageRequest page, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var items = await query.Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new PagedList<T>(items, page.PageNumber, page.Size, total);
    }
}
