using Lims.Application.Abstractions;
using Lims.Domain.Numbering;

namespace Lims.Application.Common.Numbering;

/// <summary>
/// Issues receipt and certificate numbers (rule 1). Must be called inside
/// <see cref="ILimsDb.InTransactionAsync{T}"/>: the increment locks the sequence row until the
/// transaction ends, so concurrent issuers queue, and a rollback returns the number: no gaps, no reuse.
/// </summary>
public sealed class DocumentNumbers(INumberSequences sequences)
{
    public async Task<string> NextAsync(string laboratoryCode, NumberKind kind, int year, CancellationToken ct) =>
        DocumentNumber.Format(laboratoryCode, kind, year, await sequences.NextAsync(laboratoryCode, kind, year, 1, ct));

    /// <summary><paramref name="count"/> consecutive numbers with one draw, in order.</summary>
    public async Task<IReadOnlyList<string>> NextAsync(string laboratoryCode, NumberKind kind, int year, int count, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var last = await sequences.NextAsync(laboratoryCode, kind, year, count, ct);
        return [.. Enumerable.Range(0, count).Select(i => DocumentNumber.Format(laboratoryCode, kind, year, last - count + 1 + i))];
    }
}
