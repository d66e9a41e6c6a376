namespace Lims.Application.Features.Users;

/// <summary>What a new user and a changed user both give.</summary>
public interface IUserDetails
{
    string? DisplayName { get; }

    IReadOnlyList<string>? Roles { get; }

    string? LaboratoryCode { get; }

    string? Email { get; }
}

public sealed record UserRequest(string? UserName, string? DisplayName, string? Password, IReadOnlyList<string>? Roles, string? LaboratoryCode, string? Email = null) : IUserDetails;

/// <summary>What an administrator may change of a user (PUT): everything but the name and the password.</summary>
public sealed record UserUpdate(string? DisplayName, IReadOnlyList<string>? Roles, string? LaboratoryCode, string? Email, int? Version) : IUserDetails;

/// <summary><c>GET /api/users?laboratoryCode=&amp;role=&amp;query=</c>; <c>query</c> finds a part of the user or display name.</summary>
public sealed record UserQuery(string? LaboratoryCode, string? Role, string? Query);

/// <summary>A user as the API shows it: never a password hash or a security stamp.</summary>
public sealed record UserResponse(
    string UserName,
    string DisplayName,
    IReadOnlyList<string> Roles,
    string? LaboratoryCode,
    string? Email = null,
    bool Enabled = true,
    bool PasswordChangeRequired = false,
    int Version = 0);

/// <summary>The answer to a password reset: the temporary password, shown this once and stored nowhere in clear.</summary>
public sealed record PasswordResetResponse(string UserName, string TemporaryPassword);
