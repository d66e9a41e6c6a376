namespace Lims.Api;

public static class SecurityHeaders
{
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
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            return next(http);
        });
}
