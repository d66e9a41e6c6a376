using Lims.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lims.Web.Tests.Account;

/// <summary>Two processes behind one address: the data protection keys are in the database, so either reads the other's cookie.</summary>
public sealed class ScaleOutTests(string database) : BrowserTest(database)
{
    [Test]
    public async Task A_user_signed_in_through_one_process_is_recognised_by_another()
    {
        var (userName, password) = await NewUserAsync(null, "Reception");
        await using var other = new WebAppFactory(Host.Factory.Store, withAdministrator: true);
        other.Start();

        await SignInAsync(userName, password);
        await Page.GotoAsync(new Uri(other.Address, "/").ToString());
        await InteractiveAsync();

        Assert.That(Page.Url, Does.StartWith(other.Address.ToString()));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("欢迎");
    }
}
