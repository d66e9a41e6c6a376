using System.Security.Claims;
using Lims.Application.Features.Auth;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Lims.Api.Auth;

public sealed class JwtTokenIssuer(IOptions<JwtOptions> options, SymmetricSecurityKey key, TimeProvider clock) : ITokenIssuer
{
    private readonly JsonWebTokenHandler _handler = new();

    public (string Token, int ExpiresIn) Issue(string userName, IReadOnlyList<Claim> claims)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = TimeSpan.FromMinutes(settings.TokenLifetimeMinutes);
        var subject = new ClaimsIdentity(claims);
        subject.AddClaim(new Claim(JwtRegisteredClaimNames.Sub, userName));
        subject.AddClaim(new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")));
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Subject = subject,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return (token, (int)lifetime.TotalSeconds);
    }
}
