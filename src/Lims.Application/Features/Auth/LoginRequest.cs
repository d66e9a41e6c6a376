namespace Lims.Application.Features.Auth;

public sealed record LoginRequest(string? UserName, string? Password);

public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);
