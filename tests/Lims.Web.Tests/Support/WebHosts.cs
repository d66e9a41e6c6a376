using System.Collections.Concurrent;
using Lims.Api.Tests.Support;

namespace Lims.Web.Tests.Support;

/// <summary>
/// One application per database for the whole run (as the API tests do): tests make their own data
/// with unique names and never assume an empty database. <see cref="TestRun"/> stops them.
/// </summary>
public static class WebHosts
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<WebHost>>> Hosts = new();

    public static async Task<WebHost> GetAsync(string database)
    {
        TestDatabases.IgnoreUnlessConfigured(database);
        return await Hosts.GetOrAdd(database, d => new Lazy<Task<WebHost>>(() => WebHost.StartAsync(d))).Value;
    }

    public static async Task StopAllAsync()
    {
        foreach (var database in Hosts.Keys)
        {
            if (Hosts.TryRemove(database, out var host) && host.IsValueCreated && host.Value.IsCompletedSuccessfully)
            {
                await (await host.Value).DisposeAsync();
            }
        }
    }
}
