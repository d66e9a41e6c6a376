using Lims.Application.Abstractions;
using Lims.Domain.Numbering;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Common.Numbering;

/// <summary>
/// Issues receipt and certificate numbers (rule 1). Must be called inside
/// <see cref="ILimsDb.InTransactionAsync{T}"/>: the increment locks the sequence row until the
/// transaction ends, so concurrent issuers queue, and a rollback returns the number: no gaps, no reuse.
/// </summary>
public sealed class DocumentNumbers(ILimsDb db)
{
    public async Task<string> NextAsync(string laboratoryCode, NumberKind kind, int year, CancellationToken ct)
    {
        var value = await IncrementAsync(laboratoryCode, kind, year, ct);
        if (value is null)
        {
            var sequence = new NumberSequence(laboratoryCode, kind, year);
            db.NumberSequences.Add(sequence);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
            {
                // Another transaction created the row first; EF rolled back to its savepoint.
                db.NumberSequences.Entry(sequence).State = EntityState.Detached;
            }

            value = await IncrementAsync(laboratoryCode, kind, year, ct)
                ?? throw new InvalidOperationException($"No number sequence for {laboratoryCode} {kind} {year}.");
        }

        return DocumentNumber.Format(laboratoryCode, kind, year, value.Value);
    }

    private async Task<long?> IncrementAsync(string laboratoryCode, NumberKind kind, int year, CancellationToken ct)
    {
        var sequence = db.NumberSequences.Where(s => s.LaboratoryCode == laboratoryCode && s.Kind == kind && s.Year == year);
        var updated = await sequence.ExecuteUpdateAsync(s => s.SetProperty(x => x.LastValue, x => x.LastValue + 1), ct);
        return updated == 0 ? null : await sequence.Select(s => s.LastValue).SingleAsync(ct);
    }
}
