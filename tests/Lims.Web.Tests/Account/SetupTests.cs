using Lims.Api.Tests.Support;
using Lims.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lims.Web.Tests.Account;

/// <summary>The first run, on an empty database of its own (no bootstrap administrator configured).</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.All))]
public sealed class SetupTests(string database)
{
    private WebHost _host = null!;
    private IBrowserContext _context = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        TestDatabases.IgnoreUnlessConfigured(database);
        _host = await WebHost.StartAsync(database, withAdministrator: false);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Test]
    public async Task The_first_visitor_at_the_machine_creates_the_administrator_and_laboratory_then_setup_is_gone()
    {
        var browser = await Chromium.BrowserAsync();
        _context = await browser.NewContextAsync(new() { BaseURL = _host.Address.ToString(), ViewportSize = BrowserTest.Desk });
        var page = await _context.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "首次使用：创建管理员和机构" }).ClickAsync();
        await page.GetByLabel("用户名").FillAsync("director");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("First-Admin-2026");
        await page.GetByLabel("确认密码").FillAsync("Second-Try-2026");
        await page.GetByLabel("机构代码").FillAsync("jm");
        await page.GetByLabel("机构名称").FillAsync("江门市计量测试所");
        await page.GetByLabel("机构地址").FillAsync("江门市蓬江区建设路 1 号");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await Expect(page.Locator("#confirmPassword-error")).ToHaveTextAsync("两次输入的密码不一致");
        await Expect(page.GetByLabel("用户名")).ToHaveValueAsync("director");
        await Screens.SaveAsync(page, "setup", database);

        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("First-Admin-2026");
        await page.GetByLabel("确认密码").FillAsync("First-Admin-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await page.Locator("[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("欢迎，系统管理员");

        var again = await page.GotoAsync("/setup");
        Assert.That(again!.Status, Is.EqualTo(404));
        var token = await ApiHost.TokenAsync(_host.Anonymous(), "director", "First-Admin-2026");
        var lab = await _host.WithToken(token).GetStringAsync(new Uri("/api/laboratories/JM", UriKind.Relative));
        Assert.That(lab, Does.Contain("江门市计量测试所").And.Contain("City"));
    }
}
