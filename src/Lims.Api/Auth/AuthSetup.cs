using System.Security.Claims;
using Lims.Application.Abstractions;
using Lims.Application.Features.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Lims.Api.Auth;

public static class AuthSetup
{
    public static IServiceCollection AddLimsAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection("Auth");
        services.Configure<JwtOptions>(section);
        var options = section.Get<JwtOptions>() ?? new JwtOptions();
        if (options.TokenLifetimeMinutes is < 1 or > JwtOptions.MaxTokenLifetimeMinutes)
        {
            throw new InvalidOperationException($"Auth:TokenLifetimeMinutes must be 1 to {JwtOptions.MaxTokenLifetimeMinutes}; refresh tokens keep a user signed in for longer.");
        }

        var key = SigningKeyStore.Load(options, configuration, environment);
        services.AddSingleton(key);
        services.AddSingleton<ITokenIssuer, JwtTokenIssuer>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = BearerOrCookie;
                options.DefaultChallengeScheme = BearerOrCookie;
            })
            .AddPolicyScheme(BearerOrCookie, "Bearer token for the API, cookie for the interface", policy =>
                policy.ForwardDefaultSelector = http => UsesBearer(http) ? JwtBearerDefaults.AuthenticationScheme : CookieSetup.Scheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    IssuerSigningKey = key,
                    NameClaimType = LimsClaims.Name,
                    RoleClaimType = LimsClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                jwt.Events = new JwtBearerEvents { OnTokenValidated = CheckTokenAsync };
            })
            .AddLimsCookie(configuration);
        services.AddAuthorization();
        services.AddLimsRateLimits(configuration);
        return services;
    }

    /// <summary>The default scheme: it forwards to the bearer scheme or to the interface's cookie.</summary>
    public const string BearerOrCookie = "BearerOrCookie";

    /// <summary>
    /// The API and its reference (and any caller sending a bearer token) use tokens, so a program
    /// without one gets 401, not the sign-in page; the interface and the jobs dashboard use its cookie.
    /// </summary>
    private static bool UsesBearer(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/openapi") || http.Request.Path.StartsWithSegments("/scalar")
        || http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Only users holding one of <paramref name="roles"/> may call the endpoint.</summary>
    public static TBuilder RequireRoles<TBuilder>(this TBuilder builder, params string[] roles)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = string.Join(',', roles) });

    /// <summary>A token whose session has ended is refused (401).</summary>
    private static async Task CheckTokenAsync(TokenValidatedContext context)
    {
        if (!await SessionHoldsAsync(context.HttpContext, context.Principal!))
        {
            context.Fail("The session has ended: sign in again.");
        }
    }

    /// <summary>
    /// At every request, for a token or a cookie: false when the user is disabled or gone, or their
    /// password, roles or laboratory changed since they signed in. A user who must change a reset
    /// password is marked, for <see cref="PasswordChangeGate"/>.
    /// </summary>
    internal static async Task<bool> SessionHoldsAsync(HttpContext http, ClaimsPrincipal principal)
    {
        var sessions = http.RequestServices.GetRequiredService<Sessions>();
        var identity = principal.Identities.First();
        foreach (var stale in identity.FindAll(LimsClaims.PasswordChangeRequired).ToList())
        {
            identity.RemoveClaim(stale);
        }

        switch (await sessions.CheckAsync(principal, http.RequestAborted))
        {
            case SessionState.Ended:
                return false;
            case SessionState.PasswordChangeRequired:
                identity.AddClaim(new Claim(LimsClaims.PasswordChangeRequired, "true"));
                break;
        }

        return true;
    }
}
