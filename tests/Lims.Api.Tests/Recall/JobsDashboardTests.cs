using System.Net.Http.Headers;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Recall;

/// <summary>The Hangfire dashboard at /ops/jobs takes the app's bearer token and admits administrators only.</summary>
public sealed class JobsDashboardTests(string database) : ApiTest(database)
{
    [Test]
    public async Task Without_a_user_the_dashboard_is_401() =>
        await Expect.StatusAsync(await Host.Anonymous().GetAsync("/ops/jobs"), 401);

    [Test]
    public async Task With_a_bad_token_the_dashboard_is_401()
    {
        var client = Host.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        await Expect.StatusAsync(await client.GetAsync("/ops/jobs"), 401);
    }

    [TestCase("QualityManager")]
    [TestCase("Reception")]
    public async Task For_anyone_but_an_administrator_the_dashboard_is_403(string role) =>
        await Expect.StatusAsync(await (await Host.SignInNewUserAsync(role)).GetAsync("/ops/jobs"), 403);

    [Test]
    public async Task An_administrator_sees_the_dashboard_with_the_recurring_jobs()
    {
        var response = await Admin.GetAsync("/ops/jobs/recurring");
        await Expect.StatusAsync(response, 200);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(html, Does.Contain("recall-scan").And.Contain("notification-delivery"));
        });
    }
}
