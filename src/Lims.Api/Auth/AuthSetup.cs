using Lims.Application.Abstractions;
using Lims.Application.Features.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
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
            });
        services.AddAuthorization();
        services.AddLimsRateLimits(configuration);
        return services;
    }

    /// <summary>Only users holding one of <paramref name="roles"/> may call the endpoint.</summary>
    public static TBuilder RequireRoles<TBuilder>(this TBuilder builder, params string[] roles)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = string.Join(',', roles) });
}
