using System.Collections.Concurrent;

namespace Lims.Api.Tests.Support;

/// <summary>
/// One API per database for the whole test run (starting one migrates a new database, which is
/// the slow part). Tests therefore make their own data with unique codes and never assume an
/// empty database. <see cref="TestRun"/> stops them, and drops their databases, when the run ends.
/// </summary>
public static class ApiHosts
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<ApiHost>>> Hosts = new();

    public static async Task<ApiHost> GetAsync(string database)
    {
        TestDatabases.IgnoreUnlessConfigured(database);
        return await Hosts.GetOrAdd(database, d => new Lazy<Task<ApiHost>>(() => ApiHost.StartAsync(d))).Value;
    }

    /// <summary>Stops every API started and drops its database, each even when another fails; a host that failed to start cleaned up after itself.</summary>
    public static async Task StopAllAsync()
    {
        var failures = new List<Exception>();
        foreach (var database in Hosts.Keys)
        {
            if (Hosts.TryRemove(database, out var host) && host.IsValueCreated && host.Value.IsCompletedSuccessfully)
            {
                try
                {
                    await (await host.Value).DisposeAsync();
                }
                catch (Exception e)
                {
                    failures.Add(e);
                }
            }
        }

        if (failures.Count > 0)
        {
            throw new AggregateException("Stopping the test APIs failed.", failures);
        }
    }
}
