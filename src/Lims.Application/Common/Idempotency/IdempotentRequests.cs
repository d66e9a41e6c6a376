using Lims.Domain.Intake;
using System.Text.Json;
using Lims.Application.Abstractions;
using Lims.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Common.Idempotency;

/// <summary>
/// Replays the first response to a request retried with the same <c>Idempotency-Key</c>. The
/// record of a response is saved in the transaction that made it (intake: <c>IntakeBatchWriter</c>),
/// so a key is either unused or answered; two requests racing with one key: the unique key lets one
/// commit, the other replays it.
/// </summary>
public sealed class IdempotentRequests(ILimsDb db, TimeProvider clock)
{
    public const int MaxKeyLength = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The first response to this claim's key, or null when the key is new.</summary>
    public async Task<TResponse?> ReplayAsync<TResponse>(IdempotencyClaim claim, CancellationToken ct)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Scope == claim.Scope && r.Key == claim.Key, ct);
        return record is null ? default : Replay<TResponse>(record, claim);
    }

    /// <summary>The stored response, unless the key was first used for a different request (422).</summary>
    public static TResponse? Replay<TResponse>(IdempotencyRecord record, IdempotencyClaim claim)
    {
        if (record.RequestHash != claim.Hash)
        {
            throw new DomainRuleException("idempotency-key-reused", $"The Idempotency-Key '{claim.Key}' was already used for a different request. Use a new key for a new request.");
        }

        return JsonSerializer.Deserialize<TResponse>(record.Response, Json);
    }

    /// <summary>The record of the response, to be saved in the transaction that made it.</summary>
    public IdempotencyRecord Record<TResponse>(IdempotencyClaim claim, TResponse response) =>
        new(claim.Scope, claim.Key, claim.Hash, JsonSerializer.Serialize(response, Json), clock.GetUtcNow());
}
