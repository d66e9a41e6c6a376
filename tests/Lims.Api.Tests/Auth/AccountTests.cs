using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Auth;

/// <summary>The account routes an administrator runs, and their refusals.</summary>
public sealed class AccountTests(string database) : ApiTest(database)
{
    [Test]
    public async Task The_list_finds_users_by_laboratory_role_and_name_and_never_shows_a_hash_or_stamp()
    {
        var lab = await Host.LaboratoryAsync("County");
        var technician = await Host.CreateAsync(["Technician"], lab);
        await Host.CreateAsync(["Reception"], lab);

        var page = await Expect.JsonAsync(await Admin.GetAsync($"/api/users?laboratoryCode={lab}&role=Technician"), 200);
        var raw = page.GetRawText();
        Assert.Multiple(() =>
        {
            Assert.That(page.GetProperty("total").GetInt32(), Is.EqualTo(1));
            Assert.That(page.GetProperty("items")[0].GetProperty("userName").GetString(), Is.EqualTo(technician));
            Assert.That(page.GetProperty("items")[0].GetProperty("enabled").GetBoolean(), Is.True);
            Assert.That(raw, Does.Not.Contain("passwordHash").IgnoreCase.And.Not.Contain("stamp").IgnoreCase.And.Not.Contain("AQAAAA"));
        });

        var byName = await Expect.JsonAsync(await Admin.GetAsync($"/api/users?query={technician[3..]}"), 200);
        Assert.That(byName.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()), Does.Contain(technician));
    }

    [Test]
    public async Task The_administrator_changes_name_roles_laboratory_and_email_at_the_version_read()
    {
        var lab = await Host.LaboratoryAsync("County");
        var userName = await Host.CreateAsync(["Reception"]);
        var read = await Admin.GetAsync($"/api/users/{userName}");
        var user = await Expect.JsonAsync(read, 200);
        var version = user.GetProperty("version").GetInt32();
        Assert.That(read.Headers.ETag?.Tag, Is.EqualTo($"\"{version}\""));

        var changed = await Expect.JsonAsync(await Admin.PutAsJsonAsync($"/api/users/{userName}",
            new { displayName = "改名后", roles = new[] { "Technician", "Reviewer" }, laboratoryCode = lab, email = "tech@example.com", version }), 200);
        Assert.Multiple(() =>
        {
            Assert.That(changed.GetProperty("displayName").GetString(), Is.EqualTo("改名后"));
            Assert.That(changed.GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "Reviewer", "Technician" }));
            Assert.That(changed.GetProperty("laboratoryCode").GetString(), Is.EqualTo(lab));
            Assert.That(changed.GetProperty("email").GetString(), Is.EqualTo("tech@example.com"));
            Assert.That(changed.GetProperty("version").GetInt32(), Is.EqualTo(version + 1));
        });

        var stale = await Admin.PutAsJsonAsync($"/api/users/{userName}", new { displayName = "再改", roles = new[] { "Technician" }, laboratoryCode = lab, version });
        await Expect.ProblemAsync(stale, 409, "stale-version");
    }

    [TestCase("not-an-address")]
    [TestCase("a@b.com, c@d.com")]
    [TestCase("Name <a@example.com>")]
    [TestCase("a@example.com\r\nBcc: x@example.com")]
    public async Task An_email_must_be_one_mailbox(string email)
    {
        var response = await Admin.PostAsJsonAsync("/api/users", new { userName = Accounts.NewUserName(), displayName = "邮件", password = Accounts.Password, roles = new[] { "Reception" }, email });
        await Expect.ValidationErrorsAsync(response, "email");
    }

    [Test]
    public async Task A_disabled_user_cannot_sign_in_and_their_token_is_refused_at_the_next_request()
    {
        var userName = await Host.CreateAsync(["Reception"]);
        var tokens = await Host.SignInAsync(userName);
        var client = Host.Bearer(tokens);
        await Expect.StatusAsync(await client.GetAsync("/api/me"), 200);

        var disabled = await Expect.JsonAsync(await Admin.PostAsync($"/api/users/{userName}/disable", null), 200);
        Assert.That(disabled.GetProperty("enabled").GetBoolean(), Is.False);

        await Expect.ProblemAsync(await client.GetAsync("/api/me"), 401, "unauthenticated");
        await Expect.ProblemAsync(await Host.RefreshAsync(tokens), 401, "invalid-refresh-token");
        await Expect.ProblemAsync(await Host.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName, password = Accounts.Password }), 401, "invalid-credentials");

        await Expect.StatusAsync(await Admin.PostAsync($"/api/users/{userName}/enable", null), 200);
        await Host.SignInAsync(userName);
    }

    [Test]
    public async Task A_role_taken_away_takes_effect_at_the_next_request_and_a_refresh_brings_the_new_roles()
    {
        var userName = await Host.CreateAsync(["QualityManager", "Reception"]);
        var tokens = await Host.SignInAsync(userName);
        var client = Host.Bearer(tokens);
        await Expect.StatusAsync(await client.GetAsync("/api/audit?pageSize=1"), 200);

        var version = (await Expect.JsonAsync(await Admin.GetAsync($"/api/users/{userName}"), 200)).GetProperty("version").GetInt32();
        await Expect.StatusAsync(await Admin.PutAsJsonAsync($"/api/users/{userName}", new { displayName = "降级", roles = new[] { "Reception" }, version }), 200);

        await Expect.ProblemAsync(await client.GetAsync("/api/audit?pageSize=1"), 401, "unauthenticated");
        var renewed = Host.Bearer(await Expect.JsonAsync(await Host.RefreshAsync(tokens), 200));
        await Expect.ProblemAsync(await renewed.GetAsync("/api/audit?pageSize=1"), 403, "forbidden");
    }

    [Test]
    public async Task A_reset_password_is_shown_once_and_must_be_changed_before_anything_else()
    {
        var userName = await Host.CreateAsync(["Reception"]);
        var before = await Host.SignInAsync(userName);
        var reset = await Expect.JsonAsync(await Admin.PostAsync($"/api/users/{userName}/password-reset", null), 200);
        var temporary = reset.GetProperty("temporaryPassword").GetString()!;
        Assert.That(temporary, Has.Length.GreaterThanOrEqualTo(12));

        // The old password and the old tokens are gone.
        await Expect.ProblemAsync(await Host.Bearer(before).GetAsync("/api/me"), 401, "unauthenticated");
        await Expect.ProblemAsync(await Host.RefreshAsync(before), 401, "invalid-refresh-token");
        await Expect.ProblemAsync(await Host.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName, password = Accounts.Password }), 401, "invalid-credentials");

        var client = Host.Bearer(await Host.SignInAsync(userName, temporary));
        await Expect.ProblemAsync(await client.GetAsync("/api/customers"), 403, "password-change-required");
        var me = await Expect.JsonAsync(await client.GetAsync("/api/me"), 200);
        Assert.That(me.GetProperty("passwordChangeRequired").GetBoolean(), Is.True);

        var changed = await Expect.JsonAsync(await client.PostAsJsonAsync("/api/me/password", new { currentPassword = temporary, newPassword = "My-Own-Choice-42" }), 200);
        await Expect.ProblemAsync(await client.GetAsync("/api/customers"), 401, "unauthenticated");
        await Expect.StatusAsync(await Host.Bearer(changed).GetAsync("/api/customers"), 200);
        await Host.SignInAsync(userName, "My-Own-Choice-42");
    }

    [Test]
    public async Task Changing_ones_own_password_needs_the_current_one_and_ends_the_other_sessions()
    {
        var userName = await Host.CreateAsync(["Technician"]);
        var first = await Host.SignInAsync(userName);
        var second = await Host.SignInAsync(userName);
        var client = Host.Bearer(first);

        var wrong = await client.PostAsJsonAsync("/api/me/password", new { currentPassword = "Not-My-Password-9", newPassword = "Another-Choice-77" });
        await Expect.ValidationErrorsAsync(wrong, "currentPassword");

        var changed = await Expect.JsonAsync(await client.PostAsJsonAsync("/api/me/password", new { currentPassword = Accounts.Password, newPassword = "Another-Choice-77" }), 200);
        await Expect.ProblemAsync(await Host.Bearer(second).GetAsync("/api/me"), 401, "unauthenticated");
        await Expect.ProblemAsync(await Host.RefreshAsync(second), 401, "invalid-refresh-token");
        await Expect.StatusAsync(await Host.Bearer(changed).GetAsync("/api/me"), 200);
    }

    [TestCase("short-pw-1", "newPassword")]
    [TestCase("qwertyuiopasdfgh", "newPassword")]
    public async Task A_new_password_must_meet_the_policy(string newPassword, string field)
    {
        var userName = await Host.CreateAsync(["Technician"]);
        var client = Host.Bearer(await Host.SignInAsync(userName));
        var response = await client.PostAsJsonAsync("/api/me/password", new { currentPassword = Accounts.Password, newPassword });
        await Expect.ValidationErrorsAsync(response, field);
    }

    [Test]
    public async Task A_password_containing_the_user_name_is_refused()
    {
        var userName = Accounts.NewUserName("pw");
        var response = await Admin.PostAsJsonAsync("/api/users", new { userName, displayName = "x", password = "X-" + userName.ToUpperInvariant() + "-1", roles = new[] { "Reception" } });
        await Expect.ValidationErrorsAsync(response, "password");
    }

    [Test]
    public async Task A_county_administrator_manages_the_users_of_their_laboratory_only()
    {
        var county = await Host.LaboratoryAsync("County");
        var other = await Host.LaboratoryAsync("County");
        var countyAdmin = Host.Bearer(await Host.SignInAsync(await Host.CreateAsync(["Admin"], county)));
        var own = await Host.CreateAsync(["Reception"], county);
        var foreign = await Host.CreateAsync(["Reception"], other);

        var list = await Expect.JsonAsync(await countyAdmin.GetAsync("/api/users?pageSize=200"), 200);
        var labs = list.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("laboratoryCode").GetString()).Distinct();
        Assert.That(labs, Is.EqualTo(new[] { county }));
        await Expect.StatusAsync(await countyAdmin.GetAsync($"/api/users/{own}"), 200);
        await Expect.ProblemAsync(await countyAdmin.GetAsync($"/api/users/{foreign}"), 404, "not-found");
        await Expect.ProblemAsync(await countyAdmin.PostAsync($"/api/users/{foreign}/disable", null), 404, "not-found");
        await Expect.ProblemAsync(await countyAdmin.PostAsync($"/api/users/{foreign}/password-reset", null), 404, "not-found");

        var elsewhere = await countyAdmin.PostAsJsonAsync("/api/users", new { userName = Accounts.NewUserName(), displayName = "外所", password = Accounts.Password, roles = new[] { "Reception" }, laboratoryCode = other });
        await Expect.ProblemAsync(elsewhere, 422, "other-laboratory");
        var created = await countyAdmin.PostAsJsonAsync("/api/users", new { userName = Accounts.NewUserName(), displayName = "本所", password = Accounts.Password, roles = new[] { "Reception" }, laboratoryCode = county });
        await Expect.StatusAsync(created, 201);
    }

    [Test]
    public async Task A_quality_manager_reads_the_users_of_their_own_laboratory_and_changes_none()
    {
        var lab = await Host.LaboratoryAsync("County");
        var manager = Host.Bearer(await Host.SignInAsync(await Host.CreateAsync(["QualityManager"], lab)));
        var colleague = await Host.CreateAsync(["Technician"], lab);
        var stranger = await Host.CreateAsync(["Technician"]);

        var list = await Expect.JsonAsync(await manager.GetAsync("/api/users?pageSize=200"), 200);
        Assert.That(list.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("laboratoryCode").GetString()).Distinct(), Is.EqualTo(new[] { lab }));
        await Expect.StatusAsync(await manager.GetAsync($"/api/users/{colleague}"), 200);
        await Expect.ProblemAsync(await manager.GetAsync($"/api/users/{stranger}"), 404, "not-found");
        await Expect.ProblemAsync(await manager.PostAsync($"/api/users/{colleague}/disable", null), 403, "forbidden");
    }

    [Test]
    public async Task An_unknown_user_is_404_on_every_account_route()
    {
        var nobody = Accounts.NewUserName("nobody");
        await Expect.ProblemAsync(await Admin.GetAsync($"/api/users/{nobody}"), 404, "not-found");
        await Expect.ProblemAsync(await Admin.PostAsync($"/api/users/{nobody}/disable", null), 404, "not-found");
        await Expect.ProblemAsync(await Admin.PostAsync($"/api/users/{nobody}/enable", null), 404, "not-found");
        await Expect.ProblemAsync(await Admin.PostAsync($"/api/users/{nobody}/password-reset", null), 404, "not-found");
        await Expect.ProblemAsync(await Admin.PutAsJsonAsync($"/api/users/{nobody}", new { displayName = "x", roles = new[] { "Reception" }, version = 1 }), 404, "not-found");
    }
}
