namespace Lims.Application.Features.Users;

public sealed record UserRequest(string? UserName, string? DisplayName, string? Password, IReadOnlyList<string>? Roles, string? LaboratoryCode);

public sealed record UserResponse(string UserName, string DisplayName, IReadOnlyList<string> Roles, string? LaboratoryCode);

/// <summary>A signed-in user changes their own password.</summary>
public sealed record PasswordChangeRequest(string? CurrentPassword, string? NewPassword);
