using Microsoft.AspNetCore.Identity;

namespace Lims.Infrastructure.Identity;

/// <summary>
/// What a password must be (NIST SP 800-63B rather than character classes): at least
/// <see cref="MinimumLength"/> characters, not containing the user name, and not in the list of
/// common passwords. Identity runs it on every new, changed and reset password.
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<LimsUser>
{
    public const int MinimumLength = Application.Features.Users.UserRules.MinimumPasswordLength;

    public const int MaximumLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<LimsUser> manager, LimsUser user, string? password)
    {
        var errors = new List<IdentityError>();
        password ??= string.Empty;
        if (password.Length < MinimumLength)
        {
            errors.Add(Error("PasswordTooShort", $"The password must be at least {MinimumLength} characters long."));
        }

        if (password.Length > MaximumLength)
        {
            errors.Add(Error("PasswordTooLong", $"The password must be at most {MaximumLength} characters long."));
        }

        if (user.UserName is { Length: > 0 } name && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(Error("PasswordContainsUserName", "The password must not contain the user name."));
        }

        if (password.Length >= MinimumLength && CommonPasswords.Contains(password))
        {
            errors.Add(Error("PasswordCommon", "This password is one of the most common passwords; choose another."));
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
