using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lims.Infrastructure.Persistence.Writing;

/// <summary>
/// Takes a save's changed and new records out of EF's part of it (<see cref="ChangedRows"/>,
/// <see cref="AddedRows"/>). Registered after the version stamp and the audit trail, which see the
/// records as changed or new.
/// </summary>
public sealed class TakenRowsInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        (eventData.Context as LimsDbContext)?.TakeRows();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        (eventData.Context as LimsDbContext)?.TakeRows();
        return ValueTask.FromResult(result);
    }
}
