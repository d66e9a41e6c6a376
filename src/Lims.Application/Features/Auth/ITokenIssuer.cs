using System.Security.Claims;

namespace Lims.Application.Features.Auth;

public interface ITokenIssuer
{
    /// <summary>A bearer token for <paramref name="userName"/> carrying <paramref name="claims"/> (from <see cref="UserClaims"/>).</summary>
    TokenResponse Issue(string userName, IReadOnlyList<Claim> claims);
}
