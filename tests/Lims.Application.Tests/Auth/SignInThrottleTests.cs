using Lims.Application.Features.Auth;
using Lims.Infrastructure.Identity;
using Microsoft.Extensions.Options;

namespace Lims.Application.Tests.Auth;

public sealed class SignInThrottleTests
{
    [Test]
    public void An_address_is_slowed_after_its_free_failures_and_others_are_not()
    {
        using var throttle = new SignInThrottle(Options.Create(new SignInThrottleOptions { FreeFailures = 2, SecondsPerAttempt = 60 }));
        throttle.EnsureAllowed("10.0.0.1");
        throttle.RecordFailure("10.0.0.1");
        throttle.EnsureAllowed("10.0.0.1");
        throttle.RecordFailure("10.0.0.1");

        var refused = Assert.Throws<SignInThrottledException>(() => throttle.EnsureAllowed("10.0.0.1"));
        Assert.That(refused!.RetryAfter, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromSeconds(60)));
        Assert.DoesNotThrow(() => throttle.EnsureAllowed("10.0.0.2"));
    }
}
