namespace Lims.Application.Features.Users;

/// <summary>The user store (ASP.NET Core Identity behind it).</summary>
public interface IUserAccounts
{
    /// <summary>Creates the user; a weak password is a validation error on <c>password</c>, a taken name a 409.</summary>
    Task<UserResponse> CreateAsync(UserRequest request, CancellationToken ct);

    Task<UserResponse?> FindAsync(string userName, CancellationToken ct);

    /// <summary>Whether any user exists (an empty database is set up at <c>/setup</c>).</summary>
    Task<bool> AnyAsync(CancellationToken ct);

    Task<SignInOutcome> CheckPasswordAsync(string userName, string password, CancellationToken ct);

    /// <summary>A wrong current password or a weak new one is a validation error on that field.</summary>
    Task ChangePasswordAsync(string userName, string currentPassword, string newPassword, CancellationToken ct);
}

public enum SignInStatus
{
    Succeeded,
    Failed,
    LockedOut,
}

public sealed record SignInOutcome(SignInStatus Result, UserResponse? User, DateTimeOffset? LockedOutUntil);
