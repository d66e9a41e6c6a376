using System.Net.Http.Json;
using ApiExpect = Lims.Api.Tests.Support.Expect;
using Lims.Api.Tests.WorkOrders;
using Lims.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lims.Web.Tests.Public;

/// <summary>The pages the public opens on a phone: the certificate check behind the QR code, and a site's announcement.</summary>
public sealed class PublicPageTests(string database) : BrowserTest(database)
{
    private WorkBench _bench = null!;
    private string _certificateNo = "";
    private string _code = "";

    [OneTimeSetUp]
    public async Task IssueACertificateAsync()
    {
        _bench = await WorkBench.ArrangeAsync(Host);
        (_certificateNo, _code) = await IssueAsync();
    }

    private async Task<(string Number, string Code)> IssueAsync()
    {
        var workOrder = await _bench.ReviewedWorkOrderAsync();
        var certificate = await ApiExpect.JsonAsync(await _bench.Approver.PostAsJsonAsync($"/api/work-orders/{workOrder}/approve", new { }), 200);
        return (certificate.GetProperty("certificateNo").GetString()!, certificate.GetProperty("verificationCode").GetString()!);
    }

    [Test]
    public async Task The_certificate_check_on_a_phone_shows_its_status_and_dates_and_nothing_of_the_customer()
    {
        var page = await NewPageAsync(Phone);
        var customer = await ApiExpect.JsonAsync(await _bench.Reception.GetAsync($"/api/customers/{_bench.Customer}"), 200);

        var response = await page.GotoAsync($"/c/{_certificateNo}?code={_code}");

        Assert.That(response!.Status, Is.EqualTo(200));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("有效");
        await Expect(page.Locator("main")).ToContainTextAsync("检定证书");
        await Expect(page.Locator("main")).ToContainTextAsync("有效期至");
        await Expect(page.Locator("main")).Not.ToContainTextAsync(customer.GetProperty("name").GetString()!);
        await Expect(page.Locator("main")).Not.ToContainTextAsync(customer.GetProperty("phone").GetString()!);
        Assert.That(await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(Phone.Width), "no sideways scrolling on a phone");
        await ScreenshotAsync("certificate-check", page);
    }

    [TestCase("lower case, no hyphen")]
    [TestCase("spaces around")]
    public async Task The_code_is_accepted_with_or_without_its_hyphen_and_in_any_case(string how)
    {
        var typed = how == "spaces around" ? $" {_code} " : _code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        var page = await NewPageAsync(Phone);

        var response = await page.GotoAsync($"/c/{_certificateNo}?code={Uri.EscapeDataString(typed)}");

        Assert.That(response!.Status, Is.EqualTo(200));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("有效");
    }

    [Test]
    public async Task A_wrong_code_says_so_and_asks_for_the_code_again()
    {
        var page = await NewPageAsync(Phone);

        await page.GotoAsync($"/c/{_certificateNo}?code=AAAA-AAAA");

        await Expect(page.Locator("main")).Not.ToContainTextAsync("检定证书");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("查无此证书，或校验码不对。");
        await page.GetByLabel("校验码（印在证书二维码旁）").FillAsync(_code);
        await page.GetByRole(AriaRole.Button, new() { Name = "查验" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("有效");
    }

    [Test]
    public async Task An_amended_certificate_names_the_one_that_replaces_it()
    {
        var (number, code) = await IssueAsync();
        // Asked for by the quality manager, approved by the laboratory's approver (rule 13).
        var amended = await _bench.AmendAsync(number, "型号录入错误", new { model = "ACS-30" });
        var page = await NewPageAsync(Phone);

        await page.GotoAsync($"/c/{number}?code={code}");

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"已被 {amended.GetProperty("issuedCertificateNo").GetString()} 替代");
    }

    [Test]
    public async Task The_announcement_of_a_site_lists_its_compulsory_instruments_and_prints_on_A4()
    {
        var page = await NewPageAsync(Phone);

        var response = await page.GotoAsync($"/gs/{_bench.Customer}");

        Assert.That(response!.Status, Is.EqualTo(200));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("强制检定结果公示");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "合格，在有效期内" }).First).ToBeVisibleAsync();
        await ScreenshotAsync("announcement", page);
        // On the phone each instrument is a block of labelled lines: nothing to scroll sideways.
        await Expect(page.GetByRole(AriaRole.Cell).Filter(new() { HasText = "合格，在有效期内" }).First).ToHaveAttributeAsync("data-label", "检定结果");
        Assert.That(await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(Phone.Width));

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true });
        Assert.That(pdf, Has.Length.GreaterThan(1000));
    }

    [Test]
    public async Task An_unknown_site_answers_404()
    {
        var page = await NewPageAsync(Phone);

        var response = await page.GotoAsync($"/gs/{Guid.NewGuid()}");

        Assert.That(response!.Status, Is.EqualTo(404));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("页面不存在");
    }
}
