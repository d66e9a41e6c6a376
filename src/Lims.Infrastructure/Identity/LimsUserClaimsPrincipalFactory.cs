using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lims.Infrastructure.Identity;

/// <summary>
/// The principal of the interface's sign-in cookie: Identity's claims (user id, name, roles,
/// security stamp) named as in the API's token, and the user's laboratory.
/// </summary>
public sealed class LimsUserClaimsPrincipalFactory(UserManager<LimsUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<LimsUser, IdentityRole>(users, roles, options)
{
    public const string NameClaim = "name";
    public const string RoleClaim = "role";
    public const string LaboratoryClaim = "laboratory";
    public const string DisplayNameClaim = "display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(LimsUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrEmpty(user.LaboratoryCode))
        {
            identity.AddClaim(new Claim(LaboratoryClaim, user.LaboratoryCode));
        }

        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
