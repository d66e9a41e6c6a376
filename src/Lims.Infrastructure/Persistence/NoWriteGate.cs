namespace Lims.Infrastructure.Persistence;

public sealed class NoWriteGate : IWriteGate
{
    public static readonly NoWriteGate Instance = new();

    private static readonly IDisposable Nothing = new Lease();

    public IDisposable Enter() => Nothing;

    public ValueTask<IDisposable> EnterAsync(CancellationToken ct) => ValueTask.FromResult(Nothing);

    private sealed class Lease : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
