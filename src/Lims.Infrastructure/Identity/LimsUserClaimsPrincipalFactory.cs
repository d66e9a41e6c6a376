using System.Security.Claims;
using Lims.Application.Abstractions;
using Lims.Application.Features.Auth;
using Lims.Application.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lims.Infrastructure.Identity;

/// <summary>
/// The principal of the web interface's sign-in cookie: Identity's claims (user id, security stamp)
/// and the same <see cref="LimsClaims"/> as the API's token (name, roles, laboratory and its
/// level, built by <see cref="UserClaims"/>), and the display name for the page's header.
/// </summary>
public sealed class LimsUserClaimsPrincipalFactory(UserManager<LimsUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, UserClaims claims)
    : UserClaimsPrincipalFactory<LimsUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(LimsUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var response = new UserResponse(user.UserName!, user.DisplayName, [.. identity.FindAll(LimsClaims.Role).Select(c => c.Value)], user.LaboratoryCode);
        foreach (var claim in await claims.ForAsync(response, CancellationToken.None))
        {
            if (!identity.HasClaim(claim.Type, claim.Value))
            {
                identity.AddClaim(claim);
            }
        }

        identity.AddClaim(new Claim(LimsClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
