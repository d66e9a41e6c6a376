using System.Security.Claims;
using Lims.Domain.ReferenceData;

namespace Lims.Application.Abstractions;

/// <summary>
/// The claims that say who a signed-in user is and for which laboratory they act; the API's token
/// and the web interface's cookie carry the same ones (built by <see cref="Features.Auth.UserClaims"/>).
/// </summary>
public static class LimsClaims
{
    public const string Name = "name";
    public const string Role = "role";

    /// <summary>The code of the user's laboratory, e.g. <c>JM</c>; absent for a user of no laboratory.</summary>
    public const string Laboratory = "laboratory";

    /// <summary>That laboratory's level, <c>City</c> or <c>County</c>.</summary>
    public const string LaboratoryLevel = "laboratory_level";

    /// <summary>The user's display name, shown by the web interface (its cookie carries it).</summary>
    public const string DisplayName = "display_name";

    /// <summary>A digest of the user's security stamp when signed in; checked at every request.</summary>
    public const string Stamp = "stamp";

    /// <summary>The sign-in (refresh token family) a token belongs to; sign-out revokes it.</summary>
    public const string Session = "sid";

    /// <summary>Added at each request while the user must change a reset password.</summary>
    public const string PasswordChangeRequired = "password_change_required";

    public static IReadOnlyList<Claim> For(string userName, IEnumerable<string> roles, string? laboratoryCode, LaboratoryLevel? level)
    {
        var claims = new List<Claim> { new(Name, userName) };
        claims.AddRange(roles.Select(role => new Claim(Role, role)));
        if (!string.IsNullOrEmpty(laboratoryCode))
        {
            claims.Add(new Claim(Laboratory, laboratoryCode));
            if (level is { } known)
            {
                claims.Add(new Claim(LaboratoryLevel, known.ToString()));
            }
        }

        return claims;
    }

    /// <summary>An identity whose name and roles are read from these claims, as the hosts configure theirs.</summary>
    public static ClaimsIdentity Identity(IEnumerable<Claim> claims, string authenticationType) =>
        new(claims, authenticationType, Name, Role);
}
