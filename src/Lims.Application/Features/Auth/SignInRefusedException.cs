namespace Lims.Application.Features.Auth;

/// <summary>Wrong user name or password (401), or the account is locked out (429 until <see cref="RetryAfter"/>).</summary>
public sealed class SignInRefusedException(bool lockedOut, TimeSpan? retryAfter, string message) : Exception(message)
{
    public bool LockedOut { get; } = lockedOut;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
