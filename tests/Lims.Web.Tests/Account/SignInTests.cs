using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lims.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lims.Web.Tests.Account;

public sealed class SignInTests(string database) : BrowserTest(database)
{
    [Test]
    public async Task A_clerk_signs_in_and_sees_the_reception_desk_in_the_navigation_but_not_the_administration()
    {
        var (userName, password) = await NewUserAsync(null, "Reception");

        await SignInAsync(userName, password);

        var navigation = Page.GetByRole(AriaRole.Navigation, new() { Name = "导航" });
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "收样台" })).ToBeVisibleAsync();
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "任务调度" })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("欢迎");
        await ScreenshotAsync("home");

        // The page runs under the content security policy (a refusal by it fails every browser test).
        var page = await Page.ReloadAsync();
        Assert.That(page!.Headers["content-security-policy"], Does.StartWith("default-src 'self'; script-src 'self';"));
        await InteractiveAsync();
    }

    [Test]
    public async Task A_wrong_password_is_refused_with_a_message_and_no_session()
    {
        var (userName, _) = await NewUserAsync(null, "Reception");

        await Page.GotoAsync("/login");
        await Page.GetByLabel("用户名").FillAsync(userName);
        await Page.GetByLabel("密码").FillAsync("not-the-password");
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("用户名或密码错误。");
        await Page.GotoAsync("/");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));
        await ScreenshotAsync("login");
    }

    [Test]
    public async Task Signing_out_ends_the_session()
    {
        var (userName, password) = await NewUserAsync(null, "Reception");
        await SignInAsync(userName, password);

        await Page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "登录" })).ToBeVisibleAsync();
        await Page.GotoAsync("/account/password");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login\\?ReturnUrl=%2Faccount%2Fpassword"));
    }

    [Test]
    public async Task A_user_changes_their_password_and_signs_in_with_the_new_one()
    {
        var (userName, password) = await NewUserAsync(null, "Reception");
        await SignInAsync(userName, password);

        await Page.GotoAsync("/account/password");
        await Page.GetByLabel("当前密码").FillAsync(password);
        await Page.GetByLabel("新密码", new() { Exact = true }).FillAsync("Another-Pass-2027");
        await Page.GetByLabel("确认新密码").FillAsync("Another-Pass-2027");
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("密码已修改。");

        await Page.Context.ClearCookiesAsync();
        await SignInAsync(userName, "Another-Pass-2027");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("欢迎");
    }

    [Test]
    public async Task A_wrong_current_password_is_shown_beside_its_field()
    {
        var (userName, password) = await NewUserAsync(null, "Reception");
        await SignInAsync(userName, password);

        await Page.GotoAsync("/account/password");
        await Page.GetByLabel("当前密码").FillAsync("wrong-password-1");
        await Page.GetByLabel("新密码", new() { Exact = true }).FillAsync("Another-Pass-2027");
        await Page.GetByLabel("确认新密码").FillAsync("Another-Pass-2027");
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Expect(Page.Locator("#currentPassword-error")).ToHaveTextAsync("当前密码不对。");
    }

    [Test]
    public async Task After_a_reset_the_user_must_choose_a_new_password_before_anything_else()
    {
        var (userName, _) = await NewUserAsync(null, "Reception");
        var reset = await Host.Admin.PostAsync($"/api/users/{userName}/password-reset", null);
        Assert.That((int)reset.StatusCode, Is.EqualTo(200));
        var temporary = (await reset.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("temporaryPassword").GetString()!;

        await Page.GotoAsync("/login");
        await Page.GetByLabel("用户名").FillAsync(userName);
        await Page.GetByLabel("密码").FillAsync(temporary);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/account/password$"));
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("您的密码已由管理员重置。请先设置新密码，再继续工作。");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "取消" })).ToHaveCountAsync(0);

        // Every other page leads back here until the password is changed.
        await Page.GotoAsync("/reception");
        await Expect(Page).ToHaveURLAsync(new Regex("/account/password$"));

        await Page.GetByLabel("当前密码").FillAsync(temporary);
        await Page.GetByLabel("新密码", new() { Exact = true }).FillAsync("Chosen-After-Reset-1");
        await Page.GetByLabel("确认新密码").FillAsync("Chosen-After-Reset-1");
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("密码已修改。");

        await GoToAsync("/reception");
        await Expect(Page.GetByLabel("查询")).ToBeVisibleAsync();
    }
}
