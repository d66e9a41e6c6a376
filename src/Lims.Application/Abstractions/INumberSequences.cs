using Lims.Domain.Numbering;

namespace Lims.Application.Abstractions;

/// <summary>The counters behind receipt and certificate numbers (rule 1), one per laboratory, kind and year.</summary>
public interface INumberSequences
{
    /// <summary>
    /// Adds one to the counter, creating it at 1 the first time, and returns the new value: one
    /// statement. Called inside <see cref="ILimsDb.InTransactionAsync{T}"/>: the row stays locked
    /// until the transaction ends, so concurrent issuers queue, and a rollback gives the number back.
    /// </summary>
    Task<long> NextAsync(string laboratoryCode, NumberKind kind, int year, CancellationToken ct);
}
