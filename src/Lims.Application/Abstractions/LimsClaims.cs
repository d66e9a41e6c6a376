namespace Lims.Application.Abstractions;

/// <summary>
/// The claims that say who a signed-in user is; the API's token and the web interface's cookie
/// carry the same ones.
/// </summary>
public static class LimsClaims
{
    public const string Name = "name";
    public const string Role = "role";

    /// <summary>A digest of the user's security stamp when signed in; checked at every request.</summary>
    public const string Stamp = "stamp";

    /// <summary>The sign-in (refresh token family) a token belongs to; sign-out revokes it.</summary>
    public const string Session = "sid";

    /// <summary>Added at each request while the user must change a reset password.</summary>
    public const string PasswordChangeRequired = "password_change_required";
}
