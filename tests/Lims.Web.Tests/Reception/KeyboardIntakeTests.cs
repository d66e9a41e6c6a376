using System.Text.RegularExpressions;
using Lims.Api.Tests.Support;
using Lims.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lims.Web.Tests.Reception;

public sealed class KeyboardIntakeTests(string database) : BrowserTest(database)
{
    [Test]
    public async Task A_known_customers_instrument_is_taken_in_with_the_keyboard_only()
    {
        var counter = await Counter.ArrangeAsync(Host, NewUserAsync);
        var desk = new ReceptionDesk(Host.Admin);
        var customer = await desk.CustomerAsync(null, "江门市开平市老顾客商行" + Guid.NewGuid().ToString("N")[..4]);
        var serial = "KB" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await desk.InstrumentAsync(null, customer.GetProperty("id").GetGuid(), counter.ScaleType, serial);
        await SignInAsync(counter.UserName, counter.Password);
        await GoToAsync("/reception");

        // The search box has the focus (once the page is live: keys typed before are lost, for a person too):
        // type (or scan) the serial number and press Enter.
        await Expect(Page.GetByLabel("查询")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync(serial);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex("/intake\\?instrument="));
        await InteractiveAsync();

        // The instrument is selected and its condition field has the focus: Enter confirms.
        await Expect(Page.GetByLabel("收样时状况")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^收样单 .+-SJ-"));
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = serial })).ToContainTextAsync("已登记");
    }
}
