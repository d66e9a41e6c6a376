using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Api.Tests.Security;

/// <summary>Who may call each route, as the endpoints declare it.</summary>
internal sealed record RouteRule(string Method, string Pattern, string Who)
{
    public const string Anyone = "anyone";
    public const string SignedIn = "signed-in";

    public static IReadOnlyList<RouteRule> Declared(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method => new RouteRule(method, e.RoutePattern.RawText!.TrimEnd('/'), WhoMay(e))))
            .OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)];

    private static string WhoMay(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return Anyone;
        }

        var roles = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .SelectMany(a => (a.Roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Order(StringComparer.Ordinal)
            .ToList();
        return roles.Count == 0 ? SignedIn : string.Join(",", roles);
    }
}
