using Lims.Web.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;

namespace Lims.Api.Auth;

/// <summary>
/// The interface's sign-in: a cookie carrying the same claims as the API's token, for the same
/// users. A sliding session, checked at every request like a token (<see cref="AuthSetup.SessionHoldsAsync"/>):
/// a disabled user, or one whose password, roles or laboratory changed, is signed out at once, and
/// on an open page (a circuit) within a minute (<see cref="CircuitRevalidation"/>).
/// </summary>
public static class CookieSetup
{
    public const string Scheme = "Lims.Cookie";

    public static AuthenticationBuilder AddLimsCookie(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var hours = configuration.GetValue("Web:SessionHours", 8);
        authentication.AddCookie(Scheme, cookie =>
        {
            cookie.Cookie.Name = "lims.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/login";
            cookie.LogoutPath = "/logout";
            cookie.AccessDeniedPath = "/denied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(hours);
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = ValidateAsync;
        });
        authentication.Services.AddScoped<ICookieSignIn, CookieSignIn>();
        authentication.Services.AddScoped<AuthenticationStateProvider, CircuitRevalidation>();
        return authentication;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null || !await AuthSetup.SessionHoldsAsync(context.HttpContext, context.Principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
