using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Lims.Api.Tests.Support;

/// <summary>A running API on one database, with the bootstrap administrator signed in.</summary>
public sealed class ApiHost : ILimsApi, IAsyncDisposable
{
    private ApiHost(LimsApiFactory factory, HttpClient admin)
    {
        Factory = factory;
        Admin = admin;
    }

    public LimsApiFactory Factory { get; }

    public HttpClient Admin { get; }

    public string Database => Factory.Database;

    public static async Task<ApiHost> StartAsync(string database, IDictionary<string, string?>? settings = null, Action<Microsoft.AspNetCore.Hosting.IWebHostBuilder>? configure = null)
    {
        var factory = new LimsApiFactory(database, settings, configure);
        try
        {
            var admin = factory.CreateDefaultClient(new RenewingBearer());
            var token = await TokenAsync(admin, "admin", LimsApiFactory.AdminPassword);
            admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return new ApiHost(factory, admin);
        }
        catch
        {
            // The start-up may have created the database before it failed.
            await factory.DisposeAndDropDatabaseAsync();
            throw;
        }
    }

    public HttpClient Anonymous() => Factory.CreateDefaultClient(new RenewingBearer());

    public static async Task<string> TokenAsync(HttpClient client, string userName, string password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        await Expect.StatusAsync(response, 200);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("accessToken").GetString()!;
        RenewingBearer.Remember(token, userName, password);
        return token;
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Factory.DisposeAndDropDatabaseAsync();
    }
}
