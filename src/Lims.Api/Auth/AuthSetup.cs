using Lims.Application.Abstractions;
using Lims.Application.Features.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;

namespace Lims.Api.Auth;

public static class AuthSetup
{
    public static IServiceCollection AddLimsAuth(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection("Auth");
        services.Configure<JwtOptions>(section);
        var options = section.Get<JwtOptions>() ?? new JwtOptions();
        var key = SigningKeyStore.Load(options, contentRoot);
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
                policy.ForwardDefaultSelector = http => UsesBearer(http) ? JwtBearerDefaults.AuthenticationScheme : IdentityConstants.ApplicationScheme)
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
            })
            .AddIdentityCookies();
        services.AddLimsCookie(configuration);
        services.AddAuthorization();
        services.AddLimsRateLimits(configuration);
        return services;
    }

    /// <summary>The default scheme: it forwards to the bearer scheme or to Identity's cookie.</summary>
    public const string BearerOrCookie = "BearerOrCookie";

    /// <summary>The API (and any caller sending a bearer token) uses tokens; the interface its cookie.</summary>
    private static bool UsesBearer(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api")
        || http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Only users holding one of <paramref name="roles"/> may call the endpoint.</summary>
    public static TBuilder RequireRoles<TBuilder>(this TBuilder builder, params string[] roles)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = string.Join(',', roles) });
}
