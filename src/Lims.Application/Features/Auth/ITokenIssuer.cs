using System.Security.Claims;

namespace Lims.Application.Features.Auth;

/// <summary>Signs access tokens (the API's bearer tokens).</summary>
public interface ITokenIssuer
{
    /// <summary>A signed access token carrying <paramref name="claims"/>, and how many seconds it lives.</summary>
    (string Token, int ExpiresIn) Issue(string userName, IReadOnlyList<Claim> claims);
}
