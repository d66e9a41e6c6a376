namespace Lims.Infrastructure.Persistence.Sqlite;

/// <summary>One writer at a time for the embedded SQLite database (see <see cref="IWriteGate"/>).</summary>
public sealed class SqliteWriteGate : IWriteGate, IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    public IDisposable Enter()
    {
        _writer.Wait();
        return new Lease(_writer);
    }

    public async ValueTask<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _writer.WaitAsync(ct);
        return new Lease(_writer);
    }

    public void Dispose() => _writer.Dispose();

    private sealed class Lease(SemaphoreSlim writer) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                writer.Release();
            }
        }
    }
}
