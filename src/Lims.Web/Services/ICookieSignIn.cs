using Lims.Application.Features.Users;

namespace Lims.Web.Services;

/// <summary>
/// The interface's sign-in cookie, written by the host, which knows how sessions are checked.
/// Passwords are checked before, by the application's <c>LoginHandler</c>, the same check as the
/// API's sign-in.
/// </summary>
public interface ICookieSignIn
{
    Task SignInAsync(AccountSession user, CancellationToken ct);

    Task SignOutAsync();
}
