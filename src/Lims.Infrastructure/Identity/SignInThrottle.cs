using System.Threading.RateLimiting;
using Lims.Application.Features.Auth;
using Microsoft.Extensions.Options;

namespace Lims.Infrastructure.Identity;

/// <summary>Configuration <c>Auth:SignInThrottle</c>.</summary>
public sealed class SignInThrottleOptions
{
    /// <summary>Failed sign-ins an address may make before it is slowed.</summary>
    public int FreeFailures { get; set; } = 10;

    /// <summary>Once slowed, one more attempt per this many seconds; the free failures come back at the same pace.</summary>
    public int SecondsPerAttempt { get; set; } = 30;
}

/// <summary>
/// Slows repeated failed sign-ins per client address instead of locking the account, so nobody can
/// lock another person out by guessing at their name. Each failure takes a token from the
/// address's bucket (ASP.NET Core's token-bucket limiter); with the bucket empty, an attempt is
/// refused (429 with Retry-After) until a token comes back. Per process: several API processes
/// each keep their own buckets.
/// </summary>
public sealed class SignInThrottle : ISignInThrottle, IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;
    private readonly TimeSpan _period;

    public SignInThrottle(IOptions<SignInThrottleOptions> options)
    {
        var settings = options.Value;
        _period = TimeSpan.FromSeconds(Math.Max(1, settings.SecondsPerAttempt));
        var limit = Math.Max(1, settings.FreeFailures);
        _failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = _period,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public void EnsureAllowed(string? clientAddress)
    {
        // A token comes back each period, so the wait is at most one period.
        if (_failures.GetStatistics(Key(clientAddress)) is { CurrentAvailablePermits: <= 0 })
        {
            throw new SignInThrottledException(_period);
        }
    }

    public void RecordFailure(string? clientAddress)
    {
        using var _ = _failures.AttemptAcquire(Key(clientAddress), 1);
    }

    public void Dispose() => _failures.Dispose();

    private static string Key(string? clientAddress) => clientAddress ?? "unknown";
}
