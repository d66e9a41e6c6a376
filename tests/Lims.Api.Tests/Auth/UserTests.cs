using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Auth;

public sealed class UserTests(string database) : ApiTest(database)
{
    [Test]
    public async Task The_administrator_creates_a_user_who_can_then_sign_in()
    {
        var lab = UniqueCode("L");
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/laboratories", new { code = lab, name = "台山市计量所", level = "County", address = "台山市" }), 201);
        var userName = "tech" + Guid.NewGuid().ToString("N")[..8];
        var response = await Admin.PostAsJsonAsync("/api/users", new { userName, displayName = "李检定", password = "Strong-Pass-1", roles = new[] { "Technician", "Reviewer" }, laboratoryCode = lab });
        var user = await Expect.JsonAsync(response, 201);
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/users/{userName}"));
            Assert.That(user.GetProperty("displayName").GetString(), Is.EqualTo("李检定"));
            Assert.That(user.GetProperty("laboratoryCode").GetString(), Is.EqualTo(lab));
            Assert.That(user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "Reviewer", "Technician" }));
        });
        var token = await ApiHost.TokenAsync(Host.Anonymous(), userName, "Strong-Pass-1");
        Assert.That(token, Is.Not.Empty);
    }

    [Test]
    public async Task A_taken_user_name_is_409()
    {
        var userName = "dup" + Guid.NewGuid().ToString("N")[..8];
        var body = new { userName, displayName = "王", password = "Strong-Pass-1", roles = new[] { "Reception" } };
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/users", body), 201);
        await Expect.ProblemAsync(await Admin.PostAsJsonAsync("/api/users", body), 409, "duplicate-user");
    }

    [Test]
    public async Task A_weak_password_and_an_unknown_role_are_named_by_field()
    {
        var response = await Admin.PostAsJsonAsync("/api/users", new { userName = "weak" + Guid.NewGuid().ToString("N")[..6], displayName = "x", password = "short", roles = new[] { "Janitor" } });
        var problem = await Expect.ValidationErrorsAsync(response, "roles[0]");
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("validation"));

        var weak = await Admin.PostAsJsonAsync("/api/users", new { userName = "weak" + Guid.NewGuid().ToString("N")[..6], displayName = "x", password = "short", roles = new[] { "Reception" } });
        await Expect.ValidationErrorsAsync(weak, "password");
    }

    [Test]
    public async Task A_user_of_an_unknown_laboratory_is_refused_with_422()
    {
        var response = await Admin.PostAsJsonAsync("/api/users", new { userName = "nolab" + Guid.NewGuid().ToString("N")[..6], displayName = "x", password = "Strong-Pass-1", roles = new[] { "Reception" }, laboratoryCode = "NOSUCHLAB" });
        await Expect.ProblemAsync(response, 422, "unknown-laboratory");
    }

    [TestCase("QualityManager")]
    [TestCase("Reception")]
    [TestCase("Technician")]
    public async Task Only_the_administrator_creates_users(string role)
    {
        var client = await Host.SignInNewUserAsync(role);
        var response = await client.PostAsJsonAsync("/api/users", new { userName = "x" + Guid.NewGuid().ToString("N")[..6], displayName = "x", password = "Strong-Pass-1", roles = new[] { "Admin" } });
        await Expect.ProblemAsync(response, 403, "forbidden");
    }
}
