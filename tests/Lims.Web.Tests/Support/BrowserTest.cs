using Lims.Api.Tests.Support;
using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Lims.Web.Tests.Support;

/// <summary>
/// Base of the browser tests: once per database, the application on a real port and Chromium.
/// Each test gets a fresh browser context (no cookies) and a page in it.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.All))]
public abstract class BrowserTest(string database)
{
    /// <summary>A desk's screen; <see cref="Phone"/> for the public pages.</summary>
    public static readonly ViewportSize Desk = new() { Width = 1366, Height = 900 };

    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private IBrowserContext? _context;

    /// <summary>What the browser refused under the content security policy during the test: each fails it.</summary>
    private readonly List<string> _refusedByPolicy = [];

    protected string Database { get; } = database;

    protected WebHost Host { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => Host = await WebHosts.GetAsync(Database);

    [SetUp]
    public async Task OpenPageAsync()
    {
        _refusedByPolicy.Clear();
        Page = await NewPageAsync(Desk);
    }

    [TearDown]
    public async Task ClosePageAsync()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed && _context is not null)
        {
            // What the browser showed when the test failed, to look at.
            TestContext.Out.WriteLine($"Failed at {Page.Url}");
            await ScreenshotAsync("failed-" + TestContext.CurrentContext.Test.MethodName);
        }

        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        // A page the policy breaks may still pass its assertions (a style or script silently missing).
        Assert.That(_refusedByPolicy, Is.Empty, "The content security policy refused part of a page");
    }

    /// <summary>A page in a new context of the test's (closed after the test), at this size.</summary>
    protected async Task<IPage> NewPageAsync(ViewportSize viewport)
    {
        var browser = await Chromium.BrowserAsync();
        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        _context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.Address.ToString(),
            ViewportSize = viewport,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        _context.SetDefaultTimeout(15_000);
        var page = await _context.NewPageAsync();
        // The browser's console (Blazor's own errors among it) goes to the test's output.
        page.Console += (_, message) =>
        {
            TestContext.Out.WriteLine($"[browser {message.Type}] {message.Text}");
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _refusedByPolicy.Add(message.Text);
            }
        };
        return page;
    }

    /// <summary>The layout's status region: what the last action achieved or why it was refused.</summary>
    protected ILocator Outcome => Page.GetByRole(AriaRole.Status, new() { Name = "操作结果" });

    /// <summary>Opens an interactive page and waits until it answers clicks (actions on the prerendered HTML are lost).</summary>
    protected async Task GoToAsync(string path)
    {
        await Page.GotoAsync(path);
        await InteractiveAsync();
    }

    protected Task InteractiveAsync() =>
        Page.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>Signs in through the sign-in page and waits for the first page.</summary>
    protected async Task SignInAsync(string userName, string password)
    {
        await Page.GotoAsync("/login");
        await Page.GetByLabel("用户名").FillAsync(userName);
        await Page.GetByLabel("密码").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await InteractiveAsync();
    }

    /// <summary>A new user with these roles in the laboratory given (of none when null); returns the user name and password.</summary>
    protected async Task<(string UserName, string Password)> NewUserAsync(string? laboratoryCode, params string[] roles)
    {
        var userName = "u" + Guid.NewGuid().ToString("N")[..10];
        const string password = "Web-Test-Pass-1";
        var created = await Host.Admin.PostAsJsonAsync("/api/users", new { userName, displayName = "前台 " + userName[..4], password, roles, laboratoryCode });
        await Expect.StatusAsync(created, 201);
        return (userName, password);
    }

    /// <summary>Saves a screenshot of the page as an attachment of the test, named after the screen and database.</summary>
    protected Task ScreenshotAsync(string screen, IPage? page = null) => Screens.SaveAsync(page ?? Page, screen, Database);
}
