using Lims.Application.Common;
using Lims.Application.Features.Users;
using Microsoft.Extensions.Logging;

namespace Lims.Application.Features.Auth;

/// <summary>
/// Sign-in. Every failure (unknown user, wrong password, disabled) gets the same answer; the reason
/// goes to the security log with the client's address, and failures slow that address down
/// (<see cref="ISignInThrottle"/>).
/// </summary>
public sealed class LoginHandler(IUserAccounts accounts, Sessions sessions, ISignInThrottle throttle, ILoggerFactory logs)
{
    /// <summary>The log category of security events (failed sign-ins, refused refresh tokens).</summary>
    public const string SecurityLog = "Lims.Security";

    private readonly ILogger _security = logs.CreateLogger(SecurityLog);

    public async Task<TokenResponse> LoginAsync(LoginRequest request, string? clientAddress, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        return await sessions.StartAsync(await CheckCredentialsAsync(request, clientAddress, ct), ct);
    }

    /// <summary>
    /// Checks the credentials and returns the user, for a host that keeps its own session (the web
    /// interface's cookie); throws as <see cref="LoginAsync"/> does.
    /// </summary>
    public async Task<AccountSession> CheckAsync(LoginRequest request, string? clientAddress, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        return await CheckCredentialsAsync(request, clientAddress, ct);
    }

    private async Task<AccountSession> CheckCredentialsAsync(LoginRequest request, string? clientAddress, CancellationToken ct)
    {
        throttle.EnsureAllowed(clientAddress);
        var outcome = await accounts.CheckPasswordAsync(request.UserName!, request.Password!, ct);
        if (outcome.Session is { } session)
        {
            return session;
        }

        throttle.RecordFailure(clientAddress);
        _security.LogWarning(new EventId(1001, "SignInFailed"), "Sign-in failed for user name {UserName} from {ClientAddress}: {Reason}",
            request.UserName, clientAddress ?? "unknown", outcome.Failure);
        throw SignInRefusedException.Credentials();
    }
}
