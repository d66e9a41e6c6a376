using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Security;

/// <summary>
/// For every route with a body in the OpenAPI document: bodies built from its own field names
/// filled with hostile values, plus malformed JSON, sent by a user who holds every role. Never a
/// 5xx, always problem details, and nothing written. A fixed seed makes CI repeatable;
/// LIMS_HOSTILE_ROUNDS (default 12 per route) and LIMS_HOSTILE_SEED run longer or other cases.
/// </summary>
public sealed class HostileInputTests(string database) : ApiTest(database)
{
    private static readonly JsonNode?[] Values =
    [
        null, "", " ", new string('长', 100_000), "\u0000\u0007\u001b[2J", "'; DROP TABLE \"Customers\"; --", "1 OR 1=1", "<script>alert(1)</script>",
        "江门市😀🧪", "\uD800", "../../etc/passwd", "2026-13-45", "0000-00-00", "9999-12-31", "NaN", "-0", "1e400",
        -1, 0, 1, int.MaxValue, long.MinValue, 1e308, -1e308, 0.1234567890123456789, true, false,
        new JsonArray(), new JsonArray(1, "x", null), new JsonObject(), new JsonObject { ["$ref"] = "#" },
    ];

    private static readonly string[] Malformed = ["{", "[", "null", "\"x\"", "{\"a\":}", "abc", "", "{\"code\": \"JM\",}", "{\"code\": 'JM'}", "[1,2,3]", "{\"a\":1e99999}"];

    [Test]
    public async Task No_hostile_body_gets_a_server_error_and_none_writes_anything()
    {
        var everyone = await Host.SignInNewUserAsync("Admin", "Reception", "Technician", "Reviewer", "Approver", "QualityManager");
        var document = JsonNode.Parse(await Host.Anonymous().GetStringAsync("/openapi/v1.json"))!;
        var routes = BodyRoutes(document).ToList();
        Assert.That(routes, Has.Count.GreaterThan(25), "the OpenAPI document lists the routes with bodies");

        var rounds = int.TryParse(Environment.GetEnvironmentVariable("LIMS_HOSTILE_ROUNDS"), CultureInfo.InvariantCulture, out var r) ? r : 12;
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("LIMS_HOSTILE_SEED"), CultureInfo.InvariantCulture, out var s) ? s : 20_261_127);
        var auditBefore = await AuditCountAsync();
        var failures = new List<string>();
        var sent = 0;
        foreach (var (method, path, fields) in routes)
        {
            var bodies = Malformed.Concat(Enumerable.Range(0, rounds).Select(_ => Hostile(fields, random)));
            foreach (var body in bodies)
            {
                var request = new HttpRequestMessage(new HttpMethod(method), Fill(path)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                var response = await everyone.SendAsync(request);
                sent++;
                var status = (int)response.StatusCode;
                if (status >= 500 || (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json"))
                {
                    failures.Add($"{method} {path} → {status}: {Shorten(body)}");
                }
                else if (status < 400)
                {
                    failures.Add($"{method} {path} accepted hostile input ({status}): {Shorten(body)}");
                }
            }
        }

        TestContext.Out.WriteLine($"{sent} hostile requests to {routes.Count} routes");
        Assert.Multiple(async () =>
        {
            Assert.That(failures, Is.Empty);
            Assert.That(await AuditCountAsync(), Is.EqualTo(auditBefore), "nothing was written");
        });
    }

    private async Task<int> AuditCountAsync() =>
        (await Expect.JsonAsync(await Admin.GetAsync("/api/audit?pageSize=1"), 200)).GetProperty("total").GetInt32();

    /// <summary>(method, path, the request schema's field names) of every operation with a JSON body.</summary>
    private static IEnumerable<(string Method, string Path, IReadOnlyList<string> Fields)> BodyRoutes(JsonNode document)
    {
        var schemas = document["components"]?["schemas"]?.AsObject();
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                if (operation?["requestBody"]?["content"]?["application/json"]?["schema"] is not { } schema || path == "/api/auth/login")
                {
                    continue;
                }

                var reference = schema["$ref"]?.GetValue<string>()?.Split('/')[^1];
                var properties = (reference is null ? schema : schemas?[reference])?["properties"]?.AsObject();
                yield return (method.ToUpperInvariant(), path, [.. properties?.Select(p => p.Key) ?? []]);
            }
        }
    }

    private static string Hostile(IReadOnlyList<string> fields, Random random)
    {
        var body = new JsonObject();
        foreach (var field in fields.Where(_ => random.Next(3) > 0))
        {
            body[field] = Values[random.Next(Values.Length)]?.DeepClone();
        }

        if (random.Next(4) == 0)
        {
            body["unexpected" + random.Next(100)] = Values[random.Next(Values.Length)]?.DeepClone();
        }

        return body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Fill(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, @"\{(\w+)\}", m => m.Groups[1].Value == "id" ? Guid.NewGuid().ToString() : "X");

    private static string Shorten(string body) => body.Length > 200 ? body[..200] + "…" : body;
}
