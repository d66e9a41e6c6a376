namespace Lims.Api;

public static class SecurityHeaders
{
    /// <summary>
    /// Everything comes from Lims's own origin: its scripts and styles, its web socket (Blazor
    /// Server), images and fonts (inline data too); nothing from another host, no plugin, no frame.
    /// MudBlazor sets styles inline, hence 'unsafe-inline' for styles only.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The API reference and the jobs dashboard start with an inline script of their own; still nothing from another host.</summary>
    public const string ToolsContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Headers every response carries; API answers are never cached. They are added as the response
    /// starts, because the exception handler clears the headers of a request that failed.
    /// </summary>
    public static IApplicationBuilder UseLimsSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/scalar") || http.Request.Path.StartsWithSegments("/ops")
                    ? ToolsContentSecurityPolicy
                    : ContentSecurityPolicy;
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            return next(http);
        });
}
