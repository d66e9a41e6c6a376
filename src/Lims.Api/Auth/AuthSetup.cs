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

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
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
                jwt.Events = new JwtBearerEvents { OnTokenValidated = CheckSessionAsync };
            });
        services.AddAuthorization();
        services.AddLimsRateLimits(configuration);
        return services;
    }

    /// <summary>Only users holding one of <paramref name="roles"/> may call the endpoint.</summary>
    public static TBuilder RequireRoles<TBuilder>(this TBuilder builder, params string[] roles)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = string.Join(',', roles) });

    /// <summary>
    /// At every request: a token whose user is disabled or gone, or whose password, roles or
    /// laboratory changed since it was issued, is refused (401). A user who must change a reset
    /// password is marked, for <see cref="PasswordChangeGate"/>.
    /// </summary>
    private static async Task CheckSessionAsync(TokenValidatedContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<Sessions>();
        switch (await sessions.CheckAsync(context.Principal!, context.HttpContext.RequestAborted))
        {
            case SessionState.Ended:
                context.Fail("The session has ended: sign in again.");
                break;
            case SessionState.PasswordChangeRequired:
                context.Principal!.Identities.First().AddClaim(new Claim(LimsClaims.PasswordChangeRequired, "true"));
                break;
        }
    }
}
