namespace Lims.Application.Features.Users;

public static class UserRules
{
    /// <summary>User names: ASCII letters, digits and <c>. _ @ -</c>, 2 to 64 characters, starting with a letter or digit.</summary>
    public const string UserNamePattern = "^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$";

    /// <summary>The shortest password the policy accepts (NIST SP 800-63B asks for at least 8; we ask more).</summary>
    public const int MinimumPasswordLength = 12;

    public const string UserNameExplanation = "'userName' must be 2 to 64 letters, digits, '.', '_', '@' or '-'.";

    /// <summary>Refused when an administrator would leave no enabled administrator.</summary>
    public const string LastAdministrator = "last-administrator";

    /// <summary>A county administrator may place users only in their own laboratory.</summary>
    public const string OtherLaboratory = "other-laboratory";
}
