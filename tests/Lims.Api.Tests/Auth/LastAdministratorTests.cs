using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Auth;

/// <summary>On an API of its own, so that it knows every administrator there is.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.All))]
public sealed class LastAdministratorTests(string database)
{
    [Test]
    public async Task The_last_enabled_administrator_can_be_neither_disabled_nor_demoted()
    {
        TestDatabases.IgnoreUnlessConfigured(database);
        await using var host = await ApiHost.StartAsync(database);
        var second = await host.CreateAsync(["Admin"]);
        var secondClient = host.Bearer(await host.SignInAsync(second));

        // Two administrators: one may go, and then the other is the last.
        await Expect.StatusAsync(await secondClient.PostAsync("/api/users/admin/disable", null), 200);
        await Expect.ProblemAsync(await secondClient.PostAsync($"/api/users/{second}/disable", null), 422, "last-administrator");
        var version = (await Expect.JsonAsync(await secondClient.GetAsync($"/api/users/{second}"), 200)).GetProperty("version").GetInt32();
        var demoted = await secondClient.PutAsJsonAsync($"/api/users/{second}", new { displayName = "Administrator", roles = new[] { "Reception" }, version });
        await Expect.ProblemAsync(demoted, 422, "last-administrator");

        // A disabled administrator does not count, and may be demoted.
        await Expect.ProblemAsync(await host.Admin.GetAsync("/api/me"), 401, "unauthenticated");
        var adminVersion = (await Expect.JsonAsync(await secondClient.GetAsync("/api/users/admin"), 200)).GetProperty("version").GetInt32();
        await Expect.StatusAsync(await secondClient.PutAsJsonAsync("/api/users/admin", new { displayName = "Administrator", roles = new[] { "Reception" }, version = adminVersion }), 200);
    }

    [Test]
    public async Task Two_administrators_disabling_each_other_at_once_leave_one_enabled()
    {
        TestDatabases.IgnoreUnlessConfigured(database);
        await using var host = await ApiHost.StartAsync(database);
        var second = await host.CreateAsync(["Admin"]);
        var secondClient = host.Bearer(await host.SignInAsync(second));

        var answers = await Task.WhenAll(
            host.Admin.PostAsync($"/api/users/{second}/disable", null),
            secondClient.PostAsync("/api/users/admin/disable", null));
        var statuses = answers.Select(a => (int)a.StatusCode).Order().ToArray();
        Assert.That(statuses, Is.EqualTo(new[] { 200, 401 }).Or.EqualTo(new[] { 200, 422 }), "one wins; the other is refused as the last, or its own account was disabled first");
    }
}
