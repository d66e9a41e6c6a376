using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Security;

/// <summary>
/// Every route in the OpenAPI document, attacked by a user who holds every role: bodies built from
/// the route's own field names filled with hostile values, malformed JSON, and hostile query and path
/// parameters. Never a 5xx, every error is problem details, no hostile body is accepted, and nothing
/// is written. CsCheck generates the cases from a fixed seed, so CI is repeatable, and shrinks a
/// failing case to a small one. LIMS_HOSTILE_ROUNDS (default 12 per route) and LIMS_HOSTILE_SEED
/// (a CsCheck seed string) run longer or other cases.
/// </summary>
public sealed class HostileInputTests(string database) : ApiTest(database)
{
    private static readonly string[] Malformed = ["{", "[", "null", "\"x\"", "{\"a\":}", "abc", "", "{\"code\": \"JM\",}", "{\"code\": 'JM'}", "[1,2,3]", "{\"a\":1e99999}"];

    private static int Rounds =>
        int.TryParse(Environment.GetEnvironmentVariable("LIMS_HOSTILE_ROUNDS"), CultureInfo.InvariantCulture, out var rounds) ? rounds : 12;

    private static string Seed => Environment.GetEnvironmentVariable("LIMS_HOSTILE_SEED") is { Length: > 0 } seed ? seed : new PCG(1, 20_261_127).ToString();

    [Test]
    public async Task No_hostile_body_gets_a_server_error_and_none_writes_anything()
    {
        var everyone = await EveryRoleAsync();
        var routes = OpenApiRoutes.WithBodies(await OpenApiAsync()).ToList();
        Assert.That(routes, Has.Count.GreaterThan(25), "the OpenAPI document lists the routes with bodies");

        var auditBefore = await AuditLinesAsync();
        var failures = new List<string>();
        var sent = 0;
        foreach (var route in routes)
        {
            async Task Send(string body)
            {
                var request = new HttpRequestMessage(new HttpMethod(route.Method), route.FillPath(_ => Guid.NewGuid().ToString()))
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                var response = await everyone.SendAsync(request);
                Interlocked.Increment(ref sent);
                var status = (int)response.StatusCode;
                if (status < 400)
                {
                    throw new AssertionException($"{route} accepted hostile input ({status})");
                }

                await EnsureProblemAsync(route, response);
            }

            foreach (var body in Malformed)
            {
                await Collect(failures, () => Send(body));
            }

            await Collect(failures, () => HostileJson.Body(route.Fields).SampleAsync(Send, seed: Seed, iter: Rounds, threads: 1, print: Shorten));
        }

        TestContext.Out.WriteLine($"{sent} hostile bodies (shrinking included) to {routes.Count} routes, seed {Seed}");
        Assert.Multiple(async () =>
        {
            Assert.That(failures, Is.Empty);
            Assert.That(await AuditLinesAsync(), Is.EqualTo(auditBefore), "nothing was written");
        });
    }

    [Test]
    public async Task No_hostile_query_or_path_parameter_gets_a_server_error()
    {
        var everyone = await EveryRoleAsync();
        var routes = OpenApiRoutes.Reads(await OpenApiAsync()).ToList();
        Assert.That(routes, Has.Count.GreaterThan(25), "the OpenAPI document lists the routes that read");

        var auditBefore = await AuditLinesAsync();
        var failures = new List<string>();
        var sent = 0;
        foreach (var route in routes)
        {
            async Task Send((string[] Query, string Path) values)
            {
                var query = string.Join('&', route.Query.Select((name, i) => $"{name}={Uri.EscapeDataString(values.Query[i])}"));
                var url = route.FillPath(_ => Uri.EscapeDataString(values.Path)) + (query.Length > 0 ? "?" + query : "");
                var response = await everyone.GetAsync(new Uri(url, UriKind.Relative));
                Interlocked.Increment(ref sent);
                if ((int)response.StatusCode >= 400)
                {
                    await EnsureProblemAsync(route, response);
                }
            }

            // A NUL in the path is refused by the server itself (Kestrel answers 400 before any middleware), so paths go without it.
            var parameters = Gen.Select(HostileJson.Text.Array[route.Query.Count], HostileJson.Text.Select(s => s.Replace("\0", "", StringComparison.Ordinal)));
            await Collect(failures, () => parameters.SampleAsync(Send, seed: Seed, iter: Rounds, threads: 1));
        }

        TestContext.Out.WriteLine($"{sent} hostile reads (shrinking included) to {routes.Count} routes, seed {Seed}");
        Assert.Multiple(async () =>
        {
            Assert.That(failures, Is.Empty);
            Assert.That(await AuditLinesAsync(), Is.EqualTo(auditBefore), "reading wrote nothing");
        });
    }

    private Task<HttpClient> EveryRoleAsync() => Host.SignInNewUserAsync("Admin", "Reception", "Technician", "Reviewer", "Approver", "QualityManager");

    private async Task<JsonNode> OpenApiAsync() => JsonNode.Parse(await Host.Anonymous().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;


    /// <summary>A 5xx, or an error that is not problem details, is a failure; so is a stack trace or SQL in the answer.</summary>
    private static async Task EnsureProblemAsync(OpenApiRoute route, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (status >= 500 || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            throw new AssertionException($"{route} → {status} {response.Content.Headers.ContentType}: {Shorten(body)}");
        }

        if (LeakPatterns.Any(p => body.Contains(p, StringComparison.OrdinalIgnoreCase)))
        {
            throw new AssertionException($"{route} → {status} leaks internals: {Shorten(body)}");
        }
    }

    private static readonly string[] LeakPatterns = ["   at ", "Exception:", "SELECT ", "INSERT INTO", "Npgsql", "SqliteException", "Microsoft.EntityFrameworkCore"];

    private static async Task Collect(List<string> failures, Func<Task> check)
    {
        try
        {
            await check();
        }
        catch (Exception e) when (e is CsCheckException or AssertionException)
        {
            failures.Add(e.InnerException is { } cause ? $"{cause.Message} ({e.Message})" : e.Message);
        }
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
