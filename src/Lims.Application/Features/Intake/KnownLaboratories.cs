using System.Collections.Concurrent;
using Lims.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Intake;

/// <summary>
/// The laboratory codes intake has found in the database. A laboratory is never deleted (no route
/// removes one, and submissions and standards restrict its deletion) and its code never changes, so
/// what was found once stays true: intake reads only the codes it has not found yet, which once the
/// desk has seen its laboratories is none, a round trip saved in every batch. Only codes the
/// database returned are kept, so the set is no larger than the laboratories table.
/// </summary>
public sealed class KnownLaboratories
{
    private readonly ConcurrentDictionary<string, byte> _found = new(StringComparer.Ordinal);

    /// <summary>Those of <paramref name="codes"/> that are laboratories.</summary>
    public async Task<HashSet<string>> ExistingAsync(ILimsDb db, IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        var unseen = new List<string>();
        foreach (var code in codes)
        {
            if (_found.ContainsKey(code))
            {
                existing.Add(code);
            }
            else
            {
                unseen.Add(code);
            }
        }

        if (unseen.Count > 0)
        {
            foreach (var code in await db.Laboratories.Where(l => unseen.Contains(l.Code)).Select(l => l.Code).ToListAsync(ct))
            {
                existing.Add(code);
                _found.TryAdd(code, 0);
            }
        }

        return existing;
    }
}
