namespace Lims.Application.Features.Users;

public static class UserNames
{
    public const string Pattern = "^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$";

    public const string Explanation = "'userName' must be 2 to 64 letters, digits, '.', '_', '@' or '-'.";
}
