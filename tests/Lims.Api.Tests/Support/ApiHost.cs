using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Lims.Api.Tests.Support;

/// <summary>A running API on one database, with the bootstrap administrator signed in.</summary>
public sealed class ApiHost : IAsyncDisposable
{
    private static int _userCounter;

    private ApiHost(LimsApiFactory factory, HttpClient admin)
    {
        Factory = factory;
        Admin = admin;
    }

    public LimsApiFactory Factory { get; }

    public HttpClient Admin { get; }

    public string Database => Factory.Database;

    public static async Task<ApiHost> StartAsync(string database, IDictionary<string, string?>? settings = null)
    {
        var factory = new LimsApiFactory(database, settings);
        var admin = factory.CreateClient();
        var token = await TokenAsync(admin, "admin", LimsApiFactory.AdminPassword);
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new ApiHost(factory, admin);
    }

    public HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>A new user with these roles (none: a user with only the Reception role is not made; pass roles), signed in.</summary>
    public async Task<HttpClient> SignInNewUserAsync(params string[] roles)
    {
        var userName = $"user{Interlocked.Increment(ref _userCounter)}-{Guid.NewGuid():N}"[..24];
        const string password = "Test-Password-1";
        var created = await Admin.PostAsJsonAsync("/api/users", new { userName, displayName = "测试用户 " + userName, password, roles });
        await Expect.StatusAsync(created, 201);
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(client, userName, password));
        return client;
    }

    public static async Task<string> TokenAsync(HttpClient client, string userName, string password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        await Expect.StatusAsync(response, 200);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Factory.DisposeAsync();
        await Factory.DropDatabaseAsync();
    }
}
