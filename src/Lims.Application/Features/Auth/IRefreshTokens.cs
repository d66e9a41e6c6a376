namespace Lims.Application.Features.Auth;

/// <summary>The store of refresh tokens: kept hashed, each used once, in families (one per sign-in).</summary>
public interface IRefreshTokens
{
    /// <summary>A new token of <paramref name="family"/> for the user.</summary>
    Task<IssuedRefreshToken> IssueAsync(string userId, Guid family, CancellationToken ct);

    /// <summary>
    /// Uses <paramref name="token"/> once and issues the next of its family. A used or revoked
    /// token revokes its whole family (a copy is in someone else's hands); an unknown or expired one
    /// is refused. Null when refused.
    /// </summary>
    Task<RotatedRefreshToken?> RotateAsync(string token, CancellationToken ct);

    Task RevokeFamilyAsync(Guid family, CancellationToken ct);

    /// <summary>Every refresh token of the user (password changed or reset, user disabled).</summary>
    Task RevokeUserAsync(string userId, CancellationToken ct);
}

public sealed record IssuedRefreshToken(string Token, DateTimeOffset ExpiresAt);

public sealed record RotatedRefreshToken(string UserId, Guid Family, IssuedRefreshToken Next);
