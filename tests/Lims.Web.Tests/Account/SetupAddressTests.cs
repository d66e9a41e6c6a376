using System.Net;
using Lims.Api.Tests.Support;
using Lims.Web.Tests.Support;

namespace Lims.Web.Tests.Account;

/// <summary>
/// <c>/setup</c> is for a visitor at the machine itself. Behind a reverse proxy on the same machine
/// every request comes from the loopback address; with the proxy configured
/// (<c>ForwardedHeaders:KnownProxies</c>) the visitor it forwards is seen, and refused. SQLite only:
/// the check is in the process, whatever the database.
/// </summary>
public sealed class SetupAddressTests
{
    [Test]
    public async Task A_visitor_forwarded_by_the_proxy_from_elsewhere_does_not_get_the_first_run_page()
    {
        await using var host = await WebHost.StartAsync(TestDatabases.Sqlite, withAdministrator: false,
            new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies"] = "127.0.0.1,::1" });
        using var client = host.Anonymous();

        using var fromElsewhere = new HttpRequestMessage(HttpMethod.Get, "/setup");
        fromElsewhere.Headers.Add("X-Forwarded-For", "203.0.113.7");
        var refused = await client.SendAsync(fromElsewhere);
        using var atTheMachine = new HttpRequestMessage(HttpMethod.Get, "/setup");
        atTheMachine.Headers.Add("X-Forwarded-For", "127.0.0.1");
        var offered = await client.SendAsync(atTheMachine);

        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(offered.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }
}
