using Lims.Api.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Lims.Api.Tests.Security;

/// <summary>Request logs name the method, path and status, never the query string (a certificate's ?code=, a search).</summary>
public sealed class RequestLogTests
{
    [Test]
    public async Task A_request_is_logged_without_its_query_string()
    {
        var logs = new CapturedLogs(LogLevel.Information);
        await using var host = await ApiHost.StartAsync(TestDatabases.Sqlite, configure: logs.Attach);
        await host.Anonymous().GetAsync("/api/public/certificates/JM-JD-2026-000001?code=SECRET-CODE-7Q");
        await host.Admin.GetAsync("/api/customers?query=SECRET-SEARCH-7Q");

        var requests = logs.Lines.Where(l => l.Category.StartsWith("Microsoft.AspNetCore.HttpLogging", StringComparison.Ordinal)).Select(l => l.Message).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(requests, Has.Some.Contains("/api/public/certificates/JM-JD-2026-000001").And.Some.Contains("404"));
            Assert.That(requests, Has.Some.Contains("/api/customers"));
            Assert.That(logs.Lines.Select(l => l.Message), Has.None.Contains("SECRET-"));
        });
    }
}
