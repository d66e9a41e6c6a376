namespace Lims.Application.Features.Users;

/// <summary>The user store (ASP.NET Core Identity behind it).</summary>
public interface IUserAccounts
{
    /// <summary>Creates the user; a weak password is a validation error on <c>password</c>, a taken name a 409.</summary>
    Task<UserResponse> CreateAsync(UserRequest request, CancellationToken ct);

    Task<UserResponse?> FindAsync(string userName, CancellationToken ct);

    Task<SignInOutcome> CheckPasswordAsync(string userName, string password, CancellationToken ct);
}

public enum SignInStatus
{
    Succeeded,
    Failed,
    LockedOut,
}

public sealed record SignInOutcome(SignInStatus Result, UserResponse? User, DateTimeOffset? LockedOutUntil);
