using System.Net.Http.Headers;
using System.Net.Http.Json;
using Lims.Api.Tests.Support;
using Lims.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lims.Web.Tests.Reception;

/// <summary>A page acts as its signed-in user and for their laboratory only (rule 12), as the API does.</summary>
public sealed class LaboratoryScopeTests(string database) : BrowserTest(database)
{
    [Test]
    public async Task A_clerk_of_another_laboratory_neither_finds_nor_opens_this_laboratorys_submission()
    {
        var ours = await Counter.ArrangeAsync(Host, NewUserAsync);
        var desk = new ReceptionDesk(Host.Admin);
        var customer = (await desk.CustomerAsync(null, "江门市新会区跨所测试商行" + Guid.NewGuid().ToString("N")[..4])).GetProperty("id").GetGuid();
        var instrument = await desk.InstrumentAsync(null, customer, ours.ScaleType);
        using var clerk = Host.Anonymous();
        clerk.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiHost.TokenAsync(clerk, ours.UserName, ours.Password));
        var submission = await Lims.Api.Tests.Support.Expect.JsonAsync(await clerk.PostAsJsonAsync("/api/submissions", ReceptionDesk.Submission(customer, ours.Laboratory, [instrument])), 201);
        var receiptNo = submission.GetProperty("receiptNo").GetString()!;

        var theirs = await desk.LaboratoryAsync("County");
        var (userName, password) = await NewUserAsync(theirs, "Reception");
        await SignInAsync(userName, password);

        await GoToAsync("/reception");
        await Page.GetByLabel("查询").FillAsync(receiptNo);
        await Page.GetByLabel("查询").PressAsync("Enter");
        await Expect(Page.GetByText($"没有找到“{receiptNo}”。")).ToBeVisibleAsync();

        await GoToAsync($"/reception/submissions/{submission.GetProperty("id").GetGuid()}");
        await Expect(Page.GetByText("未找到该记录：它不存在，或不属于您的机构。")).ToBeVisibleAsync();
        await Expect(Page.GetByText(receiptNo)).ToHaveCountAsync(0);

        // The customer and the instrument are the city's shared registry; the submission in this laboratory is not theirs to see.
        await GoToAsync($"/reception/customers/{customer}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "在所收样单" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("没有在所的器具。")).ToBeVisibleAsync();
        await Expect(Page.GetByText(receiptNo)).ToHaveCountAsync(0);
    }

    [Test]
    public async Task A_clerk_of_no_laboratory_is_told_so_at_intake_and_offered_nothing_to_confirm()
    {
        var desk = new ReceptionDesk(Host.Admin);
        var customer = (await desk.CustomerAsync(null, "江门市无所属测试商行" + Guid.NewGuid().ToString("N")[..4])).GetProperty("id").GetGuid();
        var (userName, password) = await NewUserAsync(null, "Reception");
        await SignInAsync(userName, password);

        await GoToAsync($"/reception/customers/{customer}/intake");

        await Expect(Page.GetByText("您的账户不属于任何机构，不能收样")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "确认收样" })).ToHaveCountAsync(0);
        await Expect(Page.GetByLabel("收样机构")).ToHaveCountAsync(0);
    }
}
