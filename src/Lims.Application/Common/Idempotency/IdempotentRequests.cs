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

        var scope = $"{route}|{user.UserName}";
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, Json))));
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
                db.IdempotencyRecords.Add(new IdempotencyRecord(scope, key, hash, JsonSerializer.Serialize(result, Json), clock.GetUtcNow()));
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

    private async Task<TResponse?> ReplayAsync<TResponse>(string scope, string key, string hash, CancellationToken ct)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Scope == scope && r.Key == key, ct);
        if (record is null)
        {
            return default;
        }

        if (record.RequestHash != hash)
        {
            throw new DomainRuleException("idempotency-key-reused", $"The Idempotency-Key '{key}' was already used for a different request. Use a new key for a new request.");
        }

        return JsonSerializer.Deserialize<TResponse>(record.Response, Json);
    }
}
