using Lims.Application.Abstractions;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Traceability;

public static class ReferenceGraphQueries
{
    /// <summary>
    /// The whole reference-standard graph in one query. There are hundreds of reference standards
    /// at most, so one read beats a recursive CTE per provider and keeps chain walking in the domain.
    /// </summary>
    public static async Task<ReferenceStandardGraph> LoadReferenceGraphAsync(this ILimsDb db, CancellationToken ct) =>
        new(await db.ReferenceStandards.AsNoTracking().ToListAsync(ct));
}
