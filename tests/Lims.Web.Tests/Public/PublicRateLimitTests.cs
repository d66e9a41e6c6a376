using System.Net;
using Lims.Api.Tests.Support;
using Lims.Web.Tests.Support;

namespace Lims.Web.Tests.Public;

/// <summary>
/// The public pages share the API's public limit per client address (<c>RateLimiting:Public</c>):
/// a script cannot try certificate codes or walk the announcements faster through the pages. The
/// limiter is in the process, whatever the database, so this runs on SQLite only.
/// </summary>
public sealed class PublicRateLimitTests
{
    [Test]
    public async Task The_certificate_check_and_the_announcement_count_against_one_limit_per_address()
    {
        await using var host = await WebHost.StartAsync(TestDatabases.Sqlite, withAdministrator: false,
            new Dictionary<string, string?> { ["RateLimiting:Public:PermitLimit"] = "2" });
        using var visitor = host.Anonymous();

        var check = await visitor.GetAsync("/c/JM-JD-2026-999999?code=AAAA-AAAA");
        var announcement = await visitor.GetAsync($"/gs/{Guid.NewGuid()}");
        var limited = await visitor.GetAsync("/c/JM-JD-2026-999999?code=BBBB-BBBB");
        var refusal = await limited.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(check.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(announcement.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(limited.Headers.RetryAfter, Is.Not.Null);
            Assert.That(refusal, Does.StartWith("请求过于频繁"));
        });
    }
}
