using System.Collections.Concurrent;

namespace Lims.Api.Tests.Support;

/// <summary>
/// One API per database for the whole test run (starting one migrates a new database, which is
/// the slow part). Tests therefore make their own data with unique codes and never assume an
/// empty database.
/// </summary>
[SetUpFixture]
public sealed class ApiHosts
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<ApiHost>>> Hosts = new();

    public static async Task<ApiHost> GetAsync(string database)
    {
        TestDatabases.IgnoreUnlessConfigured(database);
        return await Hosts.GetOrAdd(database, d => new Lazy<Task<ApiHost>>(() => ApiHost.StartAsync(d))).Value;
    }

    [OneTimeTearDown]
    public async Task StopAllAsync()
    {
        foreach (var host in Hosts.Values.Where(h => h.IsValueCreated))
        {
            await (await host.Value).DisposeAsync();
        }
    }
}
