using System.Security.Cryptography;
using System.Text;
using Lims.Application.Features.Auth;
using Lims.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lims.Infrastructure.Identity;

/// <summary>Configuration <c>Auth</c>: how long a refresh token lasts.</summary>
public sealed class RefreshTokenOptions
{
    /// <summary>Each refresh token lasts this many days; every refresh gives a new one.</summary>
    public int RefreshTokenDays { get; set; } = 7;
}

/// <summary>
/// Refresh tokens in the <c>RefreshTokens</c> table, only as their SHA-256: a copy of the
/// database gives nobody a usable token. Using one marks it used with a conditional update, so of
/// two requests racing with the same token one wins and the other counts as a reuse.
/// </summary>
public sealed class RefreshTokenStore(LimsDbContext db, TimeProvider clock, IOptions<RefreshTokenOptions> options) : IRefreshTokens
{
    public async Task<IssuedRefreshToken> IssueAsync(string userId, Guid family, CancellationToken ct)
    {
        var (issued, row) = New(userId, family);
        db.Add(row);
        await db.SaveChangesAsync(ct);
        db.Entry(row).State = EntityState.Detached;
        return issued;
    }

    public async Task<RotatedRefreshToken?> RotateAsync(string token, CancellationToken ct)
    {
        var hash = Hash(token);
        var now = clock.GetUtcNow();
        var found = await db.Set<RefreshToken>().AsNoTracking().FirstOrDefaultAsync(t => t.Hash == hash, ct);
        if (found is null)
        {
            return null;
        }

        if (found.UsedAt is not null || found.RevokedAt is not null)
        {
            await RevokeFamilyAsync(found.Family, ct);
            return null;
        }

        if (found.ExpiresAt <= now)
        {
            return null;
        }

        return await db.InTransactionAsync(async _ =>
        {
            var taken = await db.Set<RefreshToken>()
                .Where(t => t.Id == found.Id && t.UsedAt == null && t.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
            if (taken == 0)
            {
                // Used or revoked since it was read: the same token twice.
                await RevokeFamilyNowAsync(found.Family, ct);
                return null;
            }

            var (issued, row) = New(found.UserId, found.Family);
            db.Add(row);
            await db.SaveChangesAsync(ct);
            db.Entry(row).State = EntityState.Detached;
            return new RotatedRefreshToken(found.UserId, found.Family, issued);
        }, ct);
    }

    public Task RevokeFamilyAsync(Guid family, CancellationToken ct) =>
        db.InTransactionAsync(_ => RevokeFamilyNowAsync(family, ct), ct);

    public async Task RevokeUserAsync(string userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var revoke = db.Set<RefreshToken>().Where(t => t.UserId == userId && t.RevokedAt == null);
        if (db.Database.CurrentTransaction is not null)
        {
            await revoke.ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
        }
        else
        {
            await db.InTransactionAsync(_ => revoke.ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct), ct);
        }
    }

    internal static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private async Task<int> RevokeFamilyNowAsync(Guid family, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.Set<RefreshToken>().Where(t => t.Family == family && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
    }

    private (IssuedRefreshToken Issued, RefreshToken Row) New(string userId, Guid family)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var expires = now.AddDays(Math.Max(1, options.Value.RefreshTokenDays));
        var row = new RefreshToken { Id = Guid.CreateVersion7(), UserId = userId, Family = family, Hash = Hash(token), IssuedAt = now, ExpiresAt = expires };
        return (new IssuedRefreshToken(token, expires), row);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
