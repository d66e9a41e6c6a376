using System.Security.Claims;
using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.Users;

namespace Lims.Application.Features.Auth;

/// <summary>
/// Signed-in sessions: a sign-in starts one (an access token and the first refresh token of a new
/// family), a refresh continues it, sign-out ends it. Every request checks that the user still
/// holds what their token says (<see cref="CheckAsync"/>): a changed password, roles or
/// laboratory, or a disabled user, ends it at the next request.
/// </summary>
public sealed class Sessions(IUserAccounts accounts, IRefreshTokens refreshTokens, ITokenIssuer tokens, UserClaims userClaims, TimeProvider clock)
{
    public async Task<TokenResponse> StartAsync(AccountSession user, CancellationToken ct)
    {
        var family = Guid.CreateVersion7();
        var refresh = await refreshTokens.IssueAsync(user.UserId, family, ct);
        return await PairAsync(user, family, refresh, ct);
    }

    /// <summary>A new pair for a refresh token, which cannot be used again; 401 when it is not valid or the user is disabled.</summary>
    public async Task<TokenResponse> RefreshAsync(RefreshRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var rotated = await refreshTokens.RotateAsync(request.RefreshToken!, ct) ?? throw SignInRefusedException.RefreshToken();
        var user = await accounts.SessionAsync(null, rotated.UserId, ct);
        if (user is null || user.Disabled)
        {
            await refreshTokens.RevokeFamilyAsync(rotated.Family, ct);
            throw SignInRefusedException.RefreshToken();
        }

        return await PairAsync(user, rotated.Family, rotated.Next, ct);
    }

    /// <summary>Sign-out: the session's refresh tokens stop working.</summary>
    public Task EndAsync(ClaimsPrincipal user, CancellationToken ct) =>
        Guid.TryParse(user.FindFirst(LimsClaims.Session)?.Value, out var family) ? refreshTokens.RevokeFamilyAsync(family, ct) : Task.CompletedTask;

    /// <summary>Whether a signed-in user's token (or cookie) still holds: run at every request.</summary>
    public async Task<SessionState> CheckAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var userName = principal.FindFirst(LimsClaims.Name)?.Value;
        if (userName is null)
        {
            return SessionState.Ended;
        }

        var user = await accounts.SessionAsync(userName, null, ct);
        if (user is null || user.Disabled || principal.FindFirst(LimsClaims.Stamp)?.Value != user.StampDigest)
        {
            return SessionState.Ended;
        }

        return user.PasswordChangeRequired ? SessionState.PasswordChangeRequired : SessionState.Valid;
    }

    /// <summary>
    /// The claims of a signed-in user, for a token or a cookie: who they are and for which
    /// laboratory (<see cref="UserClaims"/>), the digest of their stamp, and the sign-in.
    /// </summary>
    public async Task<IReadOnlyList<Claim>> ClaimsAsync(AccountSession user, Guid? family, CancellationToken ct)
    {
        var claims = new List<Claim>(await userClaims.ForAsync(user.UserName, user.Roles, user.LaboratoryCode, ct))
        {
            new(LimsClaims.Stamp, user.StampDigest),
        };
        if (family is { } session)
        {
            claims.Add(new Claim(LimsClaims.Session, session.ToString()));
        }

        return claims;
    }

    private async Task<TokenResponse> PairAsync(AccountSession user, Guid family, IssuedRefreshToken refresh, CancellationToken ct)
    {
        var (token, expiresIn) = tokens.Issue(user.UserName, await ClaimsAsync(user, family, ct));
        var refreshSeconds = (int)Math.Max(0, (refresh.ExpiresAt - clock.GetUtcNow()).TotalSeconds);
        return new TokenResponse(token, "Bearer", expiresIn, refresh.Token, refreshSeconds);
    }
}

public enum SessionState
{
    Valid,

    /// <summary>Signed in with a temporary password: only changing it is allowed (403 <c>password-change-required</c>).</summary>
    PasswordChangeRequired,

    /// <summary>The user is gone or disabled, or their password, roles or laboratory changed: sign in again.</summary>
    Ended,
}
