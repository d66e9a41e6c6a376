namespace Lims.Application.Features.Auth;

public sealed record LoginRequest(string? UserName, string? Password);

/// <summary>
/// A signed-in session's tokens: the bearer access token (at most 15 minutes) and the refresh
/// token that gets the next pair (used once).
/// </summary>
public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken, int RefreshExpiresIn);

public sealed record RefreshRequest(string? RefreshToken);

public sealed record PasswordChangeRequest(string? CurrentPassword, string? NewPassword);
