using Lims.Web.Tests.Support;

namespace Lims.Web.Tests;

/// <summary>Ends the run: the browser, then every application and its database.</summary>
[SetUpFixture]
public sealed class TestRun
{
    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await Chromium.CloseAsync();
        await WebHosts.StopAllAsync();
    }
}
