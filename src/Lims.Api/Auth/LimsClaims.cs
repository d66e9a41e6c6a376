namespace Lims.Api.Auth;

public static class LimsClaims
{
    public const string Name = "name";
    public const string Role = "role";
}
