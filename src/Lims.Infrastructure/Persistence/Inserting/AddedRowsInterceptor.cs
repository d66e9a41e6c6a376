using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lims.Infrastructure.Persistence.Inserting;

/// <summary>
/// Takes a save's new records out of EF's part of it (<see cref="AddedRows"/>). Registered after the
/// version stamp and the audit trail, which see the records as new.
/// </summary>
public sealed class AddedRowsInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        (eventData.Context as LimsDbContext)?.TakeAddedRows();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        (eventData.Context as LimsDbContext)?.TakeAddedRows();
        return ValueTask.FromResult(result);
    }
}
