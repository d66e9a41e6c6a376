using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Lims.Api.Tests.Security;

/// <summary>One operation of the OpenAPI document: its method, path template, body fields and query parameters.</summary>
public sealed record OpenApiRoute(string Method, string Path, IReadOnlyList<string> Fields, IReadOnlyList<string> Query)
{
    /// <summary>The path with each {parameter} replaced.</summary>
    public string FillPath(Func<string, string> value) => Regex.Replace(Path, @"\{(\w+)\}", m => value(m.Groups[1].Value));

    public override string ToString() => $"{Method} {Path}";
}

public static class OpenApiRoutes
{
    /// <summary>Every operation with a JSON body, with the body schema's field names (sign-in is left to its own tests: it locks accounts).</summary>
    public static IEnumerable<OpenApiRoute> WithBodies(JsonNode document) =>
        All(document).Where(r => r.Path != "/api/auth/login" && HasJsonBody(document, r));

    /// <summary>Every GET operation.</summary>
    public static IEnumerable<OpenApiRoute> Reads(JsonNode document) => All(document).Where(r => r.Method == "GET");

    private static bool HasJsonBody(JsonNode document, OpenApiRoute route) =>
        document["paths"]![route.Path]![route.Method.ToLowerInvariant()]?["requestBody"]?["content"]?["application/json"] is not null;

    private static IEnumerable<OpenApiRoute> All(JsonNode document)
    {
        var schemas = document["components"]?["schemas"]?.AsObject();
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                var schema = operation?["requestBody"]?["content"]?["application/json"]?["schema"];
                var reference = schema?["$ref"]?.GetValue<string>()?.Split('/')[^1];
                var properties = (reference is null ? schema : schemas?[reference])?["properties"]?.AsObject();
                var query = operation?["parameters"]?.AsArray()
                    .Where(p => p?["in"]?.GetValue<string>() == "query")
                    .Select(p => p!["name"]!.GetValue<string>());
                yield return new OpenApiRoute(method.ToUpperInvariant(), path, [.. properties?.Select(p => p.Key) ?? []], [.. query ?? []]);
            }
        }
    }
}
