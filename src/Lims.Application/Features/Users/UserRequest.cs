namespace Lims.Application.Features.Users;

public sealed record UserRequest(string? UserName, string? DisplayName, string? Password, IReadOnlyList<string>? Roles, string? LaboratoryCode);

public sealed record UserResponse(string UserName, string DisplayName, IReadOnlyList<string> Roles, string? LaboratoryCode);
