using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lims.Application.Abstractions;
using Lims.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Common.Idempotency;

/// <summary>Replays the first response to a request retried with the same <c>Idempotency-Key</c>.</summary>
public sealed class IdempotentRequests(ILimsDb db, ICurrentUser user, TimeProvider clock)
{
    public const int MaxKeyLength = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Runs <paramref name="create"/> in one transaction together with the record of its response,
    /// unless this key was seen before: then the stored response is returned and nothing runs.
    /// Two requests racing with one key: the unique key lets one commit; the other replays it.
    /// <paramref name="load"/> runs first, outside the transaction (on SQLite, outside the single
    /// writer's gate): the reads that only prepare. Whatever it loads that the transaction changes
    /// carries its version, so a change committed in between fails the save instead of being lost.
    /// </summary>
    public async Task<(TResponse Response, bool Replayed)> RunAsync<TRequest, TLoaded, TResponse>(string route, string? key, TRequest request,
        Func<CancellationToken, Task<TLoaded>> load, Func<TLoaded, CancellationToken, Task<TResponse>> create, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(key))
        {
            var loaded = await load(ct);
            return (await db.InTransactionAsync(token => create(loaded, token), ct), false);
        }

        var (scope, _, hash) = Claim(route, key, request);
        if (await ReplayAsync<TResponse>(scope, key, hash, ct) is { } earlier)
        {
            return (earlier, true);
        }

        try
        {
            var prepared = await load(ct);
            return await db.InTransactionAsync(async token =>
            {
                // Checked again inside the transaction: a retry that waited for the first one's
                // commit (SQLite's single writer) sees its record here.
                if (await ReplayAsync<TResponse>(scope, key, hash, token) is { } first)
                {
                    return (first, true);
                }

                var result = await create(prepared, token);
                db.IdempotencyRecords.Add(Record(new IdempotencyClaim(scope, key, hash), result));
                await db.SaveChangesAsync(token);
                return (result, false);
            }, ct);
        }
        catch (Exception ex) when (ex is DbUpdateException or DomainRuleException or ConflictException)
        {
            // On a server database a racing retry fails on what the first request locked and
            // changed (the instrument, the key); once that one has committed, answer with it.
            db.ChangeTracker.Clear();
            if (await ReplayAsync<TResponse>(scope, key, hash, ct) is { } first)
            {
                return (first, true);
            }

            throw;
        }
    }

    /// <summary>What a keyed request is known by: the key's scope (route and user), the key, and the request's hash.</summary>
    public IdempotencyClaim Claim<TRequest>(string route, string key, TRequest request) =>
        new($"{route}|{user.UserName}", key, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, Json)))));

    /// <summary>The first response to this claim's key, or null when the key is new.</summary>
    public Task<TResponse?> ReplayAsync<TResponse>(IdempotencyClaim claim, CancellationToken ct) => ReplayAsync<TResponse>(claim.Scope, claim.Key, claim.Hash, ct);

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

    private async Task<TResponse?> ReplayAsync<TResponse>(string scope, string key, string hash, CancellationToken ct)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Scope == scope && r.Key == key, ct);
        return record is null ? default : Replay<TResponse>(record, new IdempotencyClaim(scope, key, hash));
    }
}
