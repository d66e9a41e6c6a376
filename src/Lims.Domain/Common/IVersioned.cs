namespace Lims.Domain.Common;

/// <summary>
/// A mutable record that carries a version for optimistic concurrency. The persistence layer
/// raises it by one on every update and refuses an update made from a stale copy.
/// </summary>
public interface IVersioned
{
    int Version { get; }
}
