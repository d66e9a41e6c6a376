using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Lims.Api;

/// <summary>
/// Behind a reverse proxy: <c>ForwardedHeaders:KnownProxies</c> (addresses) and
/// <c>ForwardedHeaders:KnownNetworks</c> (CIDR) name the proxies whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> are believed, so that rate limits, the sign-in throttle and the security
/// log see the real client, and HSTS sees HTTPS. Without them the headers are ignored: anyone could
/// send them.
/// </summary>
public static class ProxySetup
{
    public static bool IsConfigured(IConfiguration configuration) =>
        Addresses(configuration, "KnownProxies").Length + Addresses(configuration, "KnownNetworks").Length > 0;

    public static IServiceCollection AddLimsProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Addresses(configuration, "KnownProxies").Select(p => IPAddress.TryParse(p, out var ip)
            ? ip
            : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{p}' is not an IP address.")).ToList();
        var networks = Addresses(configuration, "KnownNetworks").Select(n => System.Net.IPNetwork.TryParse(n, out var network)
            ? network
            : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{n}' is not a network such as 10.0.0.0/8.")).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = configuration.GetValue("ForwardedHeaders:ForwardLimit", 1);
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    private static string[] Addresses(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection($"ForwardedHeaders:{key}");
        var listed = section.Get<string[]>() ?? [];
        // One value may also list several, separated by commas (handy in an environment variable).
        return [.. listed.Append(section.Value ?? string.Empty).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
    }
}
