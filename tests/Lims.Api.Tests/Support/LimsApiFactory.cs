using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Api.Tests.Support;

/// <summary>
/// The real API on a real database of its own: a new SQLite file, or a new database on the
/// configured PostgreSQL or SQL Server, migrated by the API's own start-up.
/// </summary>
public sealed class LimsApiFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Bootstrap-Pass-2026";

    /// <summary>Where the test APIs say the public reaches them (the certificates' QR codes).</summary>
    public const string PublicBaseUrl = "https://lims.test";

    /// <summary>The token signing key every test API is configured with.</summary>
    public const string SigningKey = "a-test-signing-key-that-is-long-enough-for-hs256";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IWebHostBuilder>? _configure;

    public LimsApiFactory(string database, IDictionary<string, string?>? settings = null, Action<IWebHostBuilder>? configure = null)
    {
        _configure = configure;
        Database = database;
        Store = new TestDatabase(database);
        _settings = Store.Settings();

        // No Hangfire server: tests run the jobs themselves, so nothing races with them.
        _settings["Jobs:BackgroundServer"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string Database { get; }

    /// <summary>The database this API runs on.</summary>
    public TestDatabase Store { get; }

    public string ConnectionString => Store.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ClientAddress.Filter>());
        _configure?.Invoke(builder);
    }

    /// <summary>
    /// Hangfire keeps one log provider for the whole process: that of the API built last. Once that
    /// API stops, another one still running would create its job filters with a disposed logger
    /// factory and fail to enqueue; so an API that stops leaves Hangfire a logger that needs none.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        GlobalConfiguration.Configuration.UseNoOpLogProvider();
        await base.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        GlobalConfiguration.Configuration.UseNoOpLogProvider();
        base.Dispose(disposing);
    }

    /// <summary>Stops the API and drops its database, even when stopping fails.</summary>
    public async Task DisposeAndDropDatabaseAsync()
    {
        try
        {
            await DisposeAsync();
        }
        finally
        {
            await Store.DropAsync();
        }
    }
}
