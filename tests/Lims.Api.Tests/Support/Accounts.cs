using System.Net.Http.Json;
using System.Text.Json;

namespace Lims.Api.Tests.Support;

/// <summary>Users made and signed in for account tests: their name, password and the token pair they hold.</summary>
public static class Accounts
{
    public const string Password = "Test-Password-1";

    public static string NewUserName(string prefix = "u") => prefix + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Creates a user; returns its name.</summary>
    public static async Task<string> CreateAsync(this ILimsApi api, string[] roles, string? laboratoryCode = null, string? userName = null)
    {
        userName ??= NewUserName();
        var created = await api.Admin.PostAsJsonAsync("/api/users", new { userName, displayName = "账户测试 " + userName, password = Password, roles, laboratoryCode });
        await Expect.StatusAsync(created, 201);
        return userName;
    }

    /// <summary>Signs in; returns the whole token answer.</summary>
    public static async Task<JsonElement> SignInAsync(this ILimsApi api, string userName, string password = Password) =>
        await Expect.JsonAsync(await api.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName, password }), 200);

    public static HttpClient Bearer(this ILimsApi api, JsonElement tokens) => api.WithToken(tokens.GetProperty("accessToken").GetString()!);

    public static Task<HttpResponseMessage> RefreshAsync(this ILimsApi api, JsonElement tokens) =>
        api.Anonymous().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() });

    /// <summary>A new laboratory of this level; returns its code.</summary>
    public static async Task<string> LaboratoryAsync(this ILimsApi api, string level)
    {
        var code = ("L" + Guid.NewGuid().ToString("N")[..8]).ToUpperInvariant();
        await Expect.StatusAsync(await api.Admin.PostAsJsonAsync("/api/laboratories", new { code, name = "账户测试所 " + code, level, accreditationNo = "CNAS L" + code[1..5], address = "江门市" }), 201);
        return code;
    }
}
