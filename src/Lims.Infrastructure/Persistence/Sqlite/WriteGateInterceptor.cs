using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lims.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Queues each save outside a transaction through the process's one SQLite writer
/// (<see cref="IWriteGate"/>) from its start to its end, written or not. A save inside a
/// transaction needs nothing: <c>ILimsDb.InTransactionAsync</c> holds the writer for the whole
/// transaction. Registered last, after the interceptors that may refuse a save before it starts.
/// One per context (scoped); disposing it frees a writer a save never gave back.
/// </summary>
public sealed class WriteGateInterceptor(IWriteGate gate) : SaveChangesInterceptor, IDisposable
{
    private IDisposable? _lease;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (NeedsWriter(eventData.Context))
        {
            _lease = gate.Enter();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (NeedsWriter(eventData.Context))
        {
            _lease = await gate.EnterAsync(cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Dispose();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Dispose();
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Dispose();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Dispose();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _lease?.Dispose();
        _lease = null;
    }

    private bool NeedsWriter(DbContext? context) => _lease is null && context?.Database.CurrentTransaction is null;
}
