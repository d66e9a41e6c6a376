namespace Lims.Application.Features.Auth;

/// <summary>
/// 401: the credentials or the refresh token are not accepted. The message is the same whatever
/// the reason, so an answer never tells whether a user exists or is disabled.
/// </summary>
public sealed class SignInRefusedException(string code, string message) : Exception(message)
{
    public const string InvalidCredentials = "invalid-credentials";
    public const string InvalidRefreshToken = "invalid-refresh-token";

    public string Code { get; } = code;

    public static SignInRefusedException Credentials() => new(InvalidCredentials, "The user name or password is wrong.");

    public static SignInRefusedException RefreshToken() => new(InvalidRefreshToken, "The refresh token is not valid (unknown, used, revoked or expired); sign in again.");
}

/// <summary>429: too many failed sign-ins from this address; try again after <see cref="RetryAfter"/>.</summary>
public sealed class SignInThrottledException(TimeSpan retryAfter) : Exception(
    $"Too many failed sign-ins from this address; wait {Math.Ceiling(retryAfter.TotalSeconds)} seconds and try again.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
