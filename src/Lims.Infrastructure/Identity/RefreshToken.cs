namespace Lims.Infrastructure.Identity;

/// <summary>
/// One refresh token, stored only as its SHA-256. Each is used once: a refresh marks it used and
/// issues the next one of the same family (one sign-in). A used or revoked token presented again
/// means it was stolen or copied, and the whole family is revoked.
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    /// <summary>The sign-in this token descends from; the access tokens carry it as <c>sid</c>.</summary>
    public Guid Family { get; set; }

    /// <summary>SHA-256 of the token, as lower-case hex.</summary>
    public string Hash { get; set; } = string.Empty;

    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
