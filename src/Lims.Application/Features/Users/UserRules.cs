namespace Lims.Application.Features.Users;

public static class UserRules
{
    /// <summary>User names: ASCII letters, digits and <c>. _ @ -</c>, 2 to 64 characters, starting with a letter or digit.</summary>
    public const string UserNamePattern = "^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$";

    /// <summary>Refused when an administrator would leave no enabled administrator.</summary>
    public const string LastAdministrator = "last-administrator";

    /// <summary>A county administrator may place users only in their own laboratory.</summary>
    public const string OtherLaboratory = "other-laboratory";
}
