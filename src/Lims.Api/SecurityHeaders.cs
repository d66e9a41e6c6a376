namespace Lims.Api;

public static class SecurityHeaders
{
    /// <summary>Headers every response carries; API answers are never cached.</summary>
    public static IApplicationBuilder UseLimsSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (http.Request.Path.StartsWithSegments("/api"))
            {
                headers.CacheControl = "no-store";
            }

            return next(http);
        });
}
