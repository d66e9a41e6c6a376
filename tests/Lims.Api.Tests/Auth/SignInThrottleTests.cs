using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Auth;

/// <summary>On SQLite only: the throttle is in the API process, whatever the database.</summary>
public sealed class SignInThrottleTests
{
    [Test]
    public async Task Repeated_failures_from_one_address_are_slowed_with_429_and_retry_after_but_lock_nobody_out()
    {
        await using var host = await ApiHost.StartAsync(TestDatabases.Sqlite, new Dictionary<string, string?>
        {
            ["Auth:SignInThrottle:FreeFailures"] = "3",
            ["Auth:SignInThrottle:SecondsPerAttempt"] = "120",
        });
        var victim = await host.CreateAsync(["Technician"]);
        var attacker = host.Anonymous();
        for (var i = 0; i < 3; i++)
        {
            await Expect.ProblemAsync(await attacker.PostAsJsonAsync("/api/auth/login", new { userName = victim, password = "Guess-Number-" + i }), 401, "invalid-credentials");
        }

        var slowed = await attacker.PostAsJsonAsync("/api/auth/login", new { userName = victim, password = Accounts.Password });
        await Expect.ProblemAsync(slowed, 429, "rate-limited");
        Assert.That(slowed.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromSeconds(120)));

        // The victim, from another address, signs in: the account itself was never locked.
        var victimClient = host.Factory.CreateDefaultClient(new ClientAddress("192.0.2.10"));
        await Expect.StatusAsync(await victimClient.PostAsJsonAsync("/api/auth/login", new { userName = victim, password = Accounts.Password }), 200);
    }

    [Test]
    public async Task Every_failed_sign_in_writes_a_security_log_line_with_the_client_address()
    {
        var logs = new CapturedLogs();
        await using var host = await ApiHost.StartAsync(TestDatabases.Sqlite, configure: logs.Attach);
        var client = host.Factory.CreateDefaultClient(new ClientAddress("198.51.100.7"));
        await client.PostAsJsonAsync("/api/auth/login", new { userName = "nobody-here", password = "Wrong-Password-1" });

        var line = logs.Lines.Single(l => l.Category == "Lims.Security");
        Assert.Multiple(() =>
        {
            Assert.That(line.Message, Does.Contain("198.51.100.7").And.Contain("nobody-here").And.Contain("UnknownUser"));
            Assert.That(line.Message, Does.Not.Contain("Wrong-Password-1"));
        });
    }
}
