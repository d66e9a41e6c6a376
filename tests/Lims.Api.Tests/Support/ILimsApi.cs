using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Lims.Api.Tests.Support;

/// <summary>A running API the tests talk to over HTTP: in the test process (<see cref="ApiHost"/>) or in its own.</summary>
public interface ILimsApi
{
    /// <summary>The bootstrap administrator, signed in.</summary>
    HttpClient Admin { get; }

    /// <summary>A client with no token.</summary>
    HttpClient Anonymous();
}

public static class LimsApiUsers
{
    private static int _userCounter;

    /// <summary>A new user of no laboratory with these roles, signed in.</summary>
    public static Task<HttpClient> SignInNewUserAsync(this ILimsApi api, params string[] roles) => api.SignInNewUserInAsync(null, roles);

    /// <summary>A new user of the laboratory with these roles, signed in.</summary>
    public static async Task<HttpClient> SignInNewUserInAsync(this ILimsApi api, string? laboratoryCode, params string[] roles) =>
        (await api.NewUserInAsync(laboratoryCode, roles)).Client;

    /// <summary>A new user of the laboratory with these roles, signed in, and their user name.</summary>
    public static async Task<(HttpClient Client, string UserName)> NewUserInAsync(this ILimsApi api, string? laboratoryCode, params string[] roles)
    {
        var userName = $"user{Interlocked.Increment(ref _userCounter)}-{Guid.NewGuid():N}"[..24];
        const string password = "Test-Password-1";
        var created = await api.Admin.PostAsJsonAsync("/api/users", new { userName, displayName = "测试用户 " + userName, password, roles, laboratoryCode });
        await Expect.StatusAsync(created, 201);
        return (api.WithToken(await ApiHost.TokenAsync(api.Anonymous(), userName, password)), userName);
    }

    /// <summary>A client that sends this bearer token.</summary>
    public static HttpClient WithToken(this ILimsApi api, string token)
    {
        var client = api.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
