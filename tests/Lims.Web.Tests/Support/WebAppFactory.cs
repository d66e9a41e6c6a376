using Lims.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Web.Tests.Support;

/// <summary>
/// The real application (interface and API) on a database of its own, listening on a free port of
/// the loopback address so that Chromium can reach it.
/// </summary>
public sealed class WebAppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public WebAppFactory(string database, bool withAdministrator, IDictionary<string, string?>? settings = null)
        : this(new TestDatabase(database), withAdministrator, settings)
    {
    }

    /// <summary>Another process on the same database (<paramref name="store"/>), as a second server behind one address.</summary>
    public WebAppFactory(TestDatabase store, bool withAdministrator, IDictionary<string, string?>? settings = null)
    {
        Store = store;
        _settings = Store.Settings();
        _settings["Jobs:BackgroundServer"] = "false";
        if (!withAdministrator)
        {
            _settings.Remove("Bootstrap:AdminPassword");
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(0);
    }

    public TestDatabase Store { get; }

    /// <summary>http://127.0.0.1:port, once started.</summary>
    public Uri Address { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseUrls("http://127.0.0.1:0");
    }

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
