using System.Threading.RateLimiting;

namespace Lims.Api.Auth;

/// <summary>
/// Per client address: sign-in attempts (guessing passwords across accounts) and the anonymous
/// public routes. Limits come from <c>RateLimiting:Login</c> and <c>RateLimiting:Public</c>.
/// </summary>
public static class RateLimits
{
    public const string Login = Web.WebRateLimits.Login;
    public const string Public = Web.WebRateLimits.Public;

    public static IServiceCollection AddLimsRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Login, context => PerClient(context, configuration.GetSection("RateLimiting:Login"), 20));
            options.AddPolicy(Public, context => PerClient(context, configuration.GetSection("RateLimiting:Public"), 60));
            options.OnRejected = async (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                if (Web.WebSetup.IsMachineFacing(context.HttpContext.Request.Path))
                {
                    await Errors.Problems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "rate-limited", "Too many requests from this address; wait a minute and try again.");
                    return;
                }

                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("请求过于频繁，请一分钟后再试。Too many requests; wait a minute and try again.", ct);
            };
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, IConfiguration section, int defaultPermits) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = section.GetValue("PermitLimit", defaultPermits),
                Window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", 60)),
                QueueLimit = 0,
            });
}
