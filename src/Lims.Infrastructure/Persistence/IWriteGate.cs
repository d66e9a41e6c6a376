namespace Lims.Infrastructure.Persistence;

/// <summary>
/// Serialises writes where the database needs it. SQLite allows one writer at a time; a second
/// writer that upgrades a read transaction would fail with "database is locked" instead of
/// waiting, so every write in this process queues here first. Server databases need no gate.
/// </summary>
public interface IWriteGate
{
    IDisposable Enter();

    ValueTask<IDisposable> EnterAsync(CancellationToken ct);
}
