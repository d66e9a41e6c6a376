using Lims.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lims.Web.Tests.Account;

public sealed class LanguageTests(string database) : BrowserTest(database)
{
    [Test]
    public async Task The_interface_is_in_Chinese_until_English_is_chosen_and_stays_English_after_signing_in()
    {
        await Page.GotoAsync("/login");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "登录" })).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
        var (userName, password) = await NewUserAsync(null, "Reception");
        await Page.GetByLabel("User name").FillAsync(userName);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await InteractiveAsync();

        await Expect(Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Reception desk" })).ToBeVisibleAsync();
        await ScreenshotAsync("home-english");

        await Page.GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await InteractiveAsync();
        await Expect(Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "收样台" })).ToBeVisibleAsync();
    }
}
