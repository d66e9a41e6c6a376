using Lims.Web.Services;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Lims.Api.Auth;

/// <summary>
/// The interface's sign-in: ASP.NET Core Identity's application cookie, on the same users as the
/// API's tokens. A sliding session; the security stamp is checked at every request, so a disabled
/// user or a changed password signs the other sessions out at once, and open circuits every minute.
/// </summary>
public static class CookieSetup
{
    public static IServiceCollection AddLimsCookie(this IServiceCollection services, IConfiguration configuration)
    {
        var hours = configuration.GetValue("Web:SessionHours", 8);
        services.ConfigureApplicationCookie(cookie =>
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
        });
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.AddScoped<ICookieSignIn, CookieSignIn>();
        services.AddScoped<AuthenticationStateProvider, CircuitRevalidation>();
        return services;
    }
}
