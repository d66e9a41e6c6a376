using Microsoft.Playwright;

namespace Lims.Web.Tests.Support;

/// <summary>
/// Debian's Chromium, driven by Playwright's bundled driver (no browser download). One browser for
/// the whole run; each test opens its own context (its own cookies). Without Chromium the tests are
/// reported ignored with the command that installs it, and fail when CI=true.
/// </summary>
public static class Chromium
{
    public const string InstallHint = "Chromium is not installed: apt-get install -y chromium fonts-wqy-microhei";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    /// <summary>The executable that <c>command -v chromium</c> finds, or null.</summary>
    public static string? ExecutablePath() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "chromium"))
            .FirstOrDefault(File.Exists);

    public static async Task<IBrowser> BrowserAsync()
    {
        var path = ExecutablePath();
        if (path is null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(InstallHint);
            }

            Assert.Ignore(InstallHint);
        }

        await Gate.WaitAsync();
        try
        {
            _playwright ??= await Playwright.CreateAsync();
            _browser ??= await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                // As root in a closed network: no sandbox, and no background connections to be refused.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            return _browser;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task CloseAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _browser = null;
        _playwright = null;
    }
}
