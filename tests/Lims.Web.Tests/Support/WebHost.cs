using System.Net.Http.Headers;
using Lims.Api.Tests.Support;

namespace Lims.Web.Tests.Support;

/// <summary>A running application on one database, with the bootstrap administrator signed in to its API.</summary>
public sealed class WebHost : ILimsApi, IAsyncDisposable
{
    private WebHost(WebAppFactory factory, HttpClient admin)
    {
        Factory = factory;
        Admin = admin;
    }

    public WebAppFactory Factory { get; }

    /// <summary>The API as the bootstrap administrator, for arranging what a test needs.</summary>
    public HttpClient Admin { get; }

    public Uri Address => Factory.Address;

    public static async Task<WebHost> StartAsync(string database, bool withAdministrator = true, IDictionary<string, string?>? settings = null)
    {
        var factory = new WebAppFactory(database, withAdministrator, settings);
        try
        {
            factory.Start();
            var admin = factory.CreateClient();
            if (withAdministrator)
            {
                admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiHost.TokenAsync(admin, "admin", LimsApiFactory.AdminPassword));
            }

            return new WebHost(factory, admin);
        }
        catch
        {
            await factory.DisposeAndDropDatabaseAsync();
            throw;
        }
    }

    public HttpClient Anonymous() => Factory.CreateClient();

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Factory.DisposeAndDropDatabaseAsync();
    }
}
