using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Auth;

/// <summary>Runs on SQLite only: the limiter is in the API process, whatever the database.</summary>
public sealed class LoginRateLimitTests
{
    [Test]
    public async Task Sign_ins_beyond_the_limit_from_one_address_get_429_with_retry_after()
    {
        await using var host = await ApiHost.StartAsync(TestDatabases.Sqlite, new Dictionary<string, string?> { ["RateLimiting:Login:PermitLimit"] = "3" });
        var client = host.Anonymous();
        // The host's own sign-in used one permit.
        for (var i = 0; i < 2; i++)
        {
            await Expect.StatusAsync(await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "wrong-password" }), 401);
        }

        var limited = await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = LimsApiFactory.AdminPassword });
        await Expect.ProblemAsync(limited, 429, "rate-limited");
        Assert.That(limited.Headers.RetryAfter, Is.Not.Null);
    }
}
