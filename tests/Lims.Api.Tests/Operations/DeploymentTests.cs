using System.Net.Http.Json;
using Lims.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Lims.Api.Tests.Operations;

/// <summary>
/// What an installation needs and refuses: start-up checks outside Development, the signing key's
/// place, a proxy's forwarded headers, allowed hosts, HSTS and the content security policy, the
/// health and OpenAPI answers. The API process is the same whatever the database: SQLite only.
/// </summary>
public sealed class DeploymentTests
{
    private static readonly Action<IWebHostBuilder> Production = builder => builder.UseEnvironment("Production");

    [Test]
    public async Task Outside_development_the_api_refuses_to_start_without_a_public_base_url()
    {
        var failure = await StartFailureAsync(new() { ["Certificates:PublicBaseUrl"] = "" });
        Assert.That(failure, Does.Contain("Certificates:PublicBaseUrl"));
    }

    [Test]
    public async Task Outside_development_the_api_refuses_to_start_with_a_key_file_in_its_install_folder()
    {
        var failure = await StartFailureAsync(new() { ["Auth:SigningKey"] = "", ["DataFolder"] = Path.Combine(AppContext.BaseDirectory, "data") });
        Assert.That(failure, Does.Contain("install folder"));
    }

    [Test]
    public async Task Two_installations_with_data_folders_of_their_own_refuse_each_others_tokens()
    {
        var folders = new[] { NewFolder(), NewFolder() };
        try
        {
            await using var first = await ApiHost.StartAsync(TestDatabases.Sqlite, new Dictionary<string, string?> { ["Auth:SigningKey"] = "", ["DataFolder"] = folders[0] }, Production);
            await using var second = await ApiHost.StartAsync(TestDatabases.Sqlite, new Dictionary<string, string?> { ["Auth:SigningKey"] = "", ["DataFolder"] = folders[1] }, Production);
            await Expect.StatusAsync(await first.Admin.GetAsync("/api/me"), 200);
            var firstToken = first.Admin.DefaultRequestHeaders.Authorization!.Parameter!;
            await Expect.ProblemAsync(await second.WithToken(firstToken).GetAsync("/api/me"), 401, "unauthenticated");

            var keyFile = Path.Combine(folders[0], "jwt-signing.key");
            Assert.That(File.Exists(keyFile), Is.True);
            if (!OperatingSystem.IsWindows())
            {
                Assert.That(File.GetUnixFileMode(keyFile), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            }
        }
        finally
        {
            foreach (var folder in folders)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Test]
    public async Task Behind_a_configured_proxy_the_sign_in_throttle_keys_on_the_forwarded_client_and_ignores_forged_headers()
    {
        await using var host = await ApiHost.StartAsync(TestDatabases.Sqlite, new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies"] = "10.9.8.7",
            ["Auth:SignInThrottle:FreeFailures"] = "1",
            ["Auth:SignInThrottle:SecondsPerAttempt"] = "300",
        });
        var proxy = host.Factory.CreateDefaultClient(new ClientAddress("10.9.8.7"));
        await Expect.StatusAsync(await WrongSignInAsync(proxy, "203.0.113.1"), 401);
        await Expect.ProblemAsync(await WrongSignInAsync(proxy, "203.0.113.1"), 429, "rate-limited");
        await Expect.StatusAsync(await WrongSignInAsync(proxy, "203.0.113.2"), 401);

        // Not a known proxy: its X-Forwarded-For is not believed, and it is slowed as itself.
        var forger = host.Factory.CreateDefaultClient(new ClientAddress("198.51.100.9"));
        await Expect.StatusAsync(await WrongSignInAsync(forger, "203.0.113.3"), 401);
        await Expect.ProblemAsync(await WrongSignInAsync(forger, "203.0.113.4"), 429, "rate-limited");
    }

    [Test]
    public async Task Only_the_allowed_hosts_are_served()
    {
        await using var host = await ApiHost.StartAsync(TestDatabases.Sqlite, new Dictionary<string, string?> { ["AllowedHosts"] = "localhost;lims.test" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Host = "attacker.example";
        Assert.That((int)(await host.Anonymous().SendAsync(request)).StatusCode, Is.EqualTo(400));
        await Expect.StatusAsync(await host.Anonymous().GetAsync("/health"), 200);
    }

    [Test]
    public async Task Outside_development_https_answers_carry_hsts_and_every_answer_a_policy_naming_no_other_host()
    {
        await using var host = await ApiHost.StartAsync(TestDatabases.Sqlite, configure: Production);
        var client = host.Factory.CreateDefaultClient(new Uri("https://lims.test"));
        var response = await client.GetAsync("/health");
        Assert.That(response.Headers.GetValues("Strict-Transport-Security").Single(), Does.StartWith("max-age=31536000"));

        foreach (var path in new[] { "/health", "/api/me", "/api/no-such-route" })
        {
            var policy = (await client.GetAsync(path)).Headers.GetValues("Content-Security-Policy").Single();
            Assert.That(policy, Does.Contain("default-src 'self'").And.Contain("script-src 'self';").And.Contain("frame-ancestors 'none'"));
            Assert.That(policy, Does.Not.Contain("http").And.Not.Contain("*"), path);
        }
    }

    [Test]
    public async Task Health_names_no_database_provider_to_an_anonymous_caller()
    {
        await using var host = await ApiHost.StartAsync(TestDatabases.Sqlite, configure: Production);
        var body = await (await host.Anonymous().GetAsync("/health")).Content.ReadAsStringAsync();
        Assert.That(body, Does.Contain("Healthy"));
        foreach (var provider in new[] { "Sqlite", "Npgsql", "PostgreSql", "SqlServer", "EntityFramework" })
        {
            Assert.That(body, Does.Not.Contain(provider).IgnoreCase);
        }
    }

    [Test]
    public async Task Outside_development_the_api_reference_is_for_signed_in_users_and_names_the_public_address_not_the_host_header()
    {
        await using var host = await ApiHost.StartAsync(TestDatabases.Sqlite, configure: Production);
        await Expect.ProblemAsync(await host.Anonymous().GetAsync("/openapi/v1.json"), 401, "unauthenticated");
        Assert.That((int)(await host.Anonymous().GetAsync("/scalar/v1")).StatusCode, Is.EqualTo(401));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Host = "attacker.example";
        var document = await (await host.Admin.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.That(document, Does.Contain(LimsApiFactory.PublicBaseUrl).And.Not.Contain("attacker.example"));
    }

    [Test]
    public async Task The_api_reference_can_be_switched_off()
    {
        await using var host = await ApiHost.StartAsync(TestDatabases.Sqlite, new Dictionary<string, string?> { ["ApiReference:Access"] = "Off" });
        Assert.That((int)(await host.Admin.GetAsync("/openapi/v1.json")).StatusCode, Is.EqualTo(404));
        Assert.That((int)(await host.Admin.GetAsync("/scalar/v1")).StatusCode, Is.EqualTo(404));
    }

    private static Task<HttpResponseMessage> WrongSignInAsync(HttpClient client, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { userName = "admin", password = "Wrong-Password-1" }) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return client.SendAsync(request);
    }

    private static async Task<string> StartFailureAsync(Dictionary<string, string?> settings)
    {
        var factory = new LimsApiFactory(TestDatabases.Sqlite, settings, Production);
        try
        {
            var failure = Assert.Catch(() => factory.CreateClient());
            return failure!.ToString();
        }
        finally
        {
            await factory.DisposeAndDropDatabaseAsync();
        }
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lims-tests", "data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
