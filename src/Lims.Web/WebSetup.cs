using System.Globalization;
using Lims.Application.Features.Intake;
using Lims.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Lims.Web;

/// <summary>How a host serves the interface: services, localisation and endpoints.</summary>
public static class WebSetup
{
    /// <summary>zh-CN by default; English when the visitor chose it (a cookie).</summary>
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static IServiceCollection AddLimsWeb(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddLocalization();
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomCenter;
            options.SnackbarConfiguration.VisibleStateDuration = 5000;
            options.SnackbarConfiguration.PreventDuplicates = false;
        });
        services.AddScoped<CircuitPrincipal>();
        services.AddScoped<CircuitHandler, CircuitUserHandler>();
        services.AddScoped<Backend>();
        services.AddScoped<Refusals>();
        services.AddScoped<Announcer>();
        services.AddSingleton<FirstRun>();
        return services;
    }

    /// <summary>The interface's culture from its cookie; the API keeps the invariant, English one.</summary>
    public static IApplicationBuilder UseLimsWebLocalization(this IApplicationBuilder app) =>
        app.UseWhen(http => !IsMachineFacing(http.Request.Path), branch => branch.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        }));

    /// <summary>Paths that answer programs, not people: their errors are problem details, not pages.</summary>
    public static bool IsMachineFacing(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/ops") || path.StartsWithSegments("/health")
        || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/scalar");

    public static IEndpointRouteBuilder MapLimsWeb(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorComponents<App>().AddInteractiveServerRenderMode();

        endpoints.MapPost("/logout", async ([FromForm] string? returnUrl, ICookieSignIn signIn) =>
            {
                await signIn.SignOutAsync();
                return TypedResults.LocalRedirect("/login");
            })
            .ExcludeFromDescription();

        // The receipt for the browser to open and print: the API's receipt, with the interface's cookie.
        endpoints.MapGet("/reception/submissions/{id:guid}/receipt", async (Guid id, SubmissionHandler submissions, CancellationToken ct) =>
            {
                var (_, pdf) = await submissions.ReceiptAsync(id, ct);
                return TypedResults.File(pdf, "application/pdf");
            })
            .RequireAuthorization(new AuthorizeAttribute { Roles = Layout.Access.Reception })
            .ExcludeFromDescription();

        // Choosing the language is not a change of state worth a form: a link sets the cookie.
        endpoints.MapGet("/culture", (string? name, string? returnUrl, HttpContext http) =>
            {
                var culture = Cultures.FirstOrDefault(c => c.Name == name) ?? Cultures[0];
                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
                return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>A path on this site (<c>/x</c>), never another site (<c>//host</c>, <c>/\host</c>).</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
