using System.Text.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Operations;

public sealed class HealthAndDocsTests(string database) : ApiTest(database)
{
    [Test]
    public async Task Health_reports_the_database_reachable_without_a_token()
    {
        var health = await Expect.JsonAsync(await Host.Anonymous().GetAsync("/health"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(health.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString(), Is.EqualTo("Healthy"));
        });
    }

    [Test]
    public async Task The_openapi_document_describes_every_route_with_its_roles_and_problems()
    {
        var document = await Expect.JsonAsync(await Host.Anonymous().GetAsync("/openapi/v1.json"), 200);
        var paths = document.GetProperty("paths");
        string[] expected = ["/api/auth/login", "/api/me", "/api/users", "/api/laboratories", "/api/laboratories/{code}", "/api/procedures", "/api/instrument-types/{code}", "/api/audit"];
        foreach (var path in expected)
        {
            Assert.That(paths.TryGetProperty(path, out _), Is.True, path);
        }

        var createLab = paths.GetProperty("/api/laboratories").GetProperty("post");
        Assert.Multiple(() =>
        {
            Assert.That(createLab.GetProperty("description").GetString(), Does.Contain("Roles: Admin, QualityManager"));
            Assert.That(createLab.GetProperty("responses").EnumerateObject().Select(r => r.Name), Is.SupersetOf(new[] { "201", "400", "401", "403", "409" }));
            Assert.That(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _), Is.True);
        });
        var login = paths.GetProperty("/api/auth/login").GetProperty("post");
        Assert.That(login.GetProperty("description").GetString(), Does.Contain("Anyone"));
    }

    [Test]
    public async Task The_api_reference_is_served_at_scalar()
    {
        var response = await Host.Anonymous().GetAsync("/scalar/v1");
        await Expect.StatusAsync(response, 200);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
    }

    [Test]
    public async Task Api_responses_carry_security_headers_and_are_not_cached()
    {
        var response = await Admin.GetAsync("/api/me");
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        });
    }

    [Test]
    public async Task An_unknown_route_is_a_404_problem()
    {
        var response = await Admin.GetAsync("/api/no-such-thing");
        var problem = await Expect.ProblemAsync(response, 404, "not-found");
        Assert.That(problem.TryGetProperty("traceId", out var trace) && trace.ValueKind == JsonValueKind.String, Is.True);
    }
}
