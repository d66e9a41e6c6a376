namespace Lims.Web.Services;

/// <summary>
/// The interface's sign-in cookie (ASP.NET Core Identity's application cookie), written by the
/// host, which knows the user store. Passwords are checked before, by the application's
/// <c>IUserAccounts</c>, the same check as the API's sign-in.
/// </summary>
public interface ICookieSignIn
{
    Task SignInAsync(string userName);

    Task SignOutAsync();
}
