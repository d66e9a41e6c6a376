using System.Net.Http.Json;
using System.Text.Json;

namespace Lims.Api.Tests.Support;

public static class Expect
{
    public static async Task StatusAsync(HttpResponseMessage response, int status)
    {
        if ((int)response.StatusCode != status)
        {
            Assert.Fail($"Expected {status} but got {(int)response.StatusCode} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, int status)
    {
        await StatusAsync(response, status);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The response is problem+json with this status and code; returns the problem.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status, string code)
    {
        await StatusAsync(response, status);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo(code));
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(status));
            Assert.That(problem.GetProperty("type").GetString(), Is.EqualTo($"urn:lims:problem:{code}"));
        });
        return problem;
    }

    /// <summary>A 400 validation problem whose errors name exactly these fields.</summary>
    public static async Task<JsonElement> ValidationErrorsAsync(HttpResponseMessage response, params string[] fields)
    {
        await StatusAsync(response, 400);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(errors, Is.EquivalentTo(fields), await response.Content.ReadAsStringAsync());
        return problem;
    }
}
