using Lims.Domain.Numbering;

namespace Lims.Application.Abstractions;

/// <summary>The counters behind receipt and certificate numbers (rule 1), one per laboratory, kind and year.</summary>
public interface INumberSequences
{
    /// <summary>
    /// Adds <paramref name="count"/> to the counter, creating it the first time, and returns the new
    /// value, the last of the block drawn: one statement. Called inside
    /// <see cref="ILimsDb.InTransactionAsync{T}"/>: the row stays locked until the transaction ends,
    /// so concurrent issuers queue, and a rollback gives the numbers back.
    /// </summary>
    Task<long> NextAsync(string laboratoryCode, NumberKind kind, int year, int count, CancellationToken ct);
}
