using System.Net.Http.Headers;
using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Auth;

public sealed class SignInTests(string database) : ApiTest(database)
{
    [Test]
    public async Task The_bootstrap_administrator_signs_in_and_sees_who_they_are()
    {
        var client = Host.Anonymous();
        var login = await Expect.JsonAsync(await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = LimsApiFactory.AdminPassword }), 200);
        Assert.Multiple(() =>
        {
            Assert.That(login.GetProperty("tokenType").GetString(), Is.EqualTo("Bearer"));
            Assert.That(login.GetProperty("expiresIn").GetInt32(), Is.EqualTo(900));
            Assert.That(login.GetProperty("refreshToken").GetString(), Has.Length.GreaterThan(30));
        });

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        var me = await Expect.JsonAsync(await client.GetAsync("/api/me"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(me.GetProperty("userName").GetString(), Is.EqualTo("admin"));
            Assert.That(me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "Admin" }));
        });
    }

    [Test]
    public async Task A_wrong_password_is_401_with_a_problem()
    {
        var response = await Host.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "not-the-password" });
        await Expect.ProblemAsync(response, 401, "invalid-credentials");
    }

    [Test]
    public async Task An_unknown_user_is_401_like_a_wrong_password()
    {
        var response = await Host.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "nobody-" + Guid.NewGuid().ToString("N")[..6], password = "whatever-123" });
        await Expect.ProblemAsync(response, 401, "invalid-credentials");
    }

    [Test]
    public async Task A_login_without_fields_names_both_fields()
    {
        var response = await Host.Anonymous().PostAsJsonAsync("/api/auth/login", new { });
        await Expect.ValidationErrorsAsync(response, "userName", "password");
    }

    [Test]
    public async Task Unknown_wrong_and_disabled_users_get_answers_that_differ_in_nothing_but_the_trace_id()
    {
        var disabled = await Host.CreateAsync(["Technician"]);
        await Expect.StatusAsync(await Admin.PostAsync($"/api/users/{disabled}/disable", null), 200);
        var known = await Host.CreateAsync(["Technician"]);

        var answers = new List<string>();
        foreach (var (userName, password) in new[] { (Accounts.NewUserName("nobody"), Accounts.Password), (known, "Wrong-Password-1"), (disabled, Accounts.Password) })
        {
            var response = await Host.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName, password });
            var problem = await Expect.ProblemAsync(response, 401, "invalid-credentials");
            var body = System.Text.Json.Nodes.JsonNode.Parse(problem.GetRawText())!.AsObject();
            body.Remove("traceId");
            answers.Add($"{string.Join(",", response.Headers.Select(h => h.Key).Order())} {body.ToJsonString()}");
        }

        Assert.That(answers.Distinct().ToList(), Has.Count.EqualTo(1), string.Join("\n", answers));
    }

    [Test]
    public async Task Failed_sign_ins_never_lock_the_account()
    {
        var userName = await Host.CreateAsync(["Technician"]);
        var client = Host.Anonymous();
        for (var i = 0; i < 8; i++)
        {
            await Expect.ProblemAsync(await client.PostAsJsonAsync("/api/auth/login", new { userName, password = "Wrong-Password-1" }), 401, "invalid-credentials");
        }

        await Host.SignInAsync(userName);
    }

    [Test]
    public async Task A_route_without_a_token_is_401()
    {
        var response = await Host.Anonymous().GetAsync("/api/me");
        await Expect.ProblemAsync(response, 401, "unauthenticated");
    }

    [Test]
    public async Task A_forged_token_is_401()
    {
        var client = Host.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJuYW1lIjoiYWRtaW4iLCJyb2xlIjoiQWRtaW4ifQ.c2lnbmF0dXJl");
        await Expect.ProblemAsync(await client.GetAsync("/api/me"), 401, "unauthenticated");
    }
}
