using Lims.Application.Common;

namespace Lims.Application.Features.Users;

/// <summary>The user store (ASP.NET Core Identity behind it).</summary>
public interface IUserAccounts
{
    /// <summary>Creates the user; a weak password is a validation error on <c>password</c>, a taken name a 409.</summary>
    Task<UserResponse> CreateAsync(UserRequest request, CancellationToken ct);

    Task<UserResponse?> FindAsync(string userName, CancellationToken ct);

    /// <summary>Whether any user exists (an empty database is set up at <c>/setup</c>).</summary>
    Task<bool> AnyAsync(CancellationToken ct);

    /// <summary>Users by name, filtered; only those of <paramref name="onlyLaboratory"/> when it is given.</summary>
    Task<PagedList<UserResponse>> ListAsync(UserQuery query, string? onlyLaboratory, PageRequest page, CancellationToken ct);

    /// <summary>
    /// Changes display name, roles, laboratory and e-mail at the version the caller read (409 when
    /// stale, 412 when <paramref name="ifMatch"/> is stale); refuses to leave no enabled administrator.
    /// A change of roles or laboratory ends the user's tokens at their next request.
    /// </summary>
    Task<UserResponse> UpdateAsync(string userName, UserUpdate update, int? ifMatch, CancellationToken ct);

    /// <summary>Disables (ending every token and refresh token at once) or enables the user; refuses to disable the last enabled administrator.</summary>
    Task<UserResponse> SetDisabledAsync(string userName, bool disabled, CancellationToken ct);

    /// <summary>Sets a new temporary password that must be changed at the next sign-in; ends the user's tokens.</summary>
    Task<PasswordResetResponse> ResetPasswordAsync(string userName, CancellationToken ct);

    /// <summary>The user must change their password at the next sign-in (an imported user, whose password was written in a file).</summary>
    Task RequirePasswordChangeAsync(string userName, CancellationToken ct);

    /// <summary>
    /// Changes the user's own password; false when <paramref name="currentPassword"/> is wrong. A
    /// password the policy refuses is a validation error on <c>newPassword</c>. Ends the user's
    /// other tokens and refresh tokens.
    /// </summary>
    Task<bool> ChangePasswordAsync(string userName, string currentPassword, string newPassword, CancellationToken ct);

    /// <summary>Checks a password at sign-in. Disabled and unknown users fail like a wrong password, and take as long.</summary>
    Task<SignInOutcome> CheckPasswordAsync(string userName, string password, CancellationToken ct);

    /// <summary>The user as a token describes them, by user name or by id; null when unknown.</summary>
    Task<AccountSession?> SessionAsync(string? userName, string? userId, CancellationToken ct);
}

/// <summary>Why a sign-in failed: for the security log only; the caller always gets the same answer.</summary>
public enum SignInFailure
{
    None,
    UnknownUser,
    WrongPassword,
    Disabled,
}

public sealed record SignInOutcome(AccountSession? Session, SignInFailure Failure)
{
    public bool Succeeded => Session is not null;
}

/// <summary>
/// What a signed-in user's tokens are checked against: their current roles and laboratory, and a
/// digest of their security stamp, which changes when their password, roles or laboratory change
/// or they are disabled.
/// </summary>
public sealed record AccountSession(
    string UserId,
    string UserName,
    IReadOnlyList<string> Roles,
    string? LaboratoryCode,
    string StampDigest,
    bool Disabled,
    bool PasswordChangeRequired);
