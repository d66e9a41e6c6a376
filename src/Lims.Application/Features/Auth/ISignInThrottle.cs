namespace Lims.Application.Features.Auth;

/// <summary>Slows repeated failed sign-ins per client address, instead of locking accounts.</summary>
public interface ISignInThrottle
{
    /// <summary>Throws <see cref="SignInThrottledException"/> when the address must wait.</summary>
    void EnsureAllowed(string? clientAddress);

    void RecordFailure(string? clientAddress);
}
