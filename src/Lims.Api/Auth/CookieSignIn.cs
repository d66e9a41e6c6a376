using System.Security.Claims;
using Lims.Application.Abstractions;
using Lims.Application.Features.Auth;
using Lims.Application.Features.Users;
using Lims.Web.Services;
using Microsoft.AspNetCore.Authentication;

namespace Lims.Api.Auth;

/// <summary>
/// Writes and removes the interface's cookie: the claims of the API's token (<see cref="Sessions.ClaimsAsync"/>,
/// with the stamp checked at every request) and the display name for the page's header.
/// </summary>
public sealed class CookieSignIn(IHttpContextAccessor http, Sessions sessions, IUserAccounts accounts) : ICookieSignIn
{
    public async Task SignInAsync(AccountSession user, CancellationToken ct)
    {
        var claims = new List<Claim>(await sessions.ClaimsAsync(user, family: null, ct));
        if (await accounts.FindAsync(user.UserName, ct) is { } account)
        {
            claims.Add(new Claim(LimsClaims.DisplayName, account.DisplayName));
        }

        if (user.PasswordChangeRequired)
        {
            claims.Add(new Claim(LimsClaims.PasswordChangeRequired, "true"));
        }

        var principal = new ClaimsPrincipal(LimsClaims.Identity(claims, CookieSetup.Scheme));
        await Context.SignInAsync(CookieSetup.Scheme, principal, new AuthenticationProperties { IsPersistent = false });
    }

    public Task SignOutAsync() => Context.SignOutAsync(CookieSetup.Scheme);

    private HttpContext Context => http.HttpContext ?? throw new InvalidOperationException("The cookie is written in a request.");
}
