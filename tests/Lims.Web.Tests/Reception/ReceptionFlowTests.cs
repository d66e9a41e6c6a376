using System.Text.RegularExpressions;
using Lims.Api.Tests.Support;
using Lims.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Lims.Web.Tests.Support;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Lims.Web.Tests.Reception;

public sealed partial class ReceptionFlowTests(string database) : BrowserTest(database)
{
    [Test]
    public async Task A_clerk_takes_in_a_new_customers_instrument_from_the_search_box_to_the_printed_receipt()
    {
        var counter = await Counter.ArrangeAsync(Host, NewUserAsync);
        var customerName = "江门市蓬江区惠民超市" + Guid.NewGuid().ToString("N")[..6];
        await SignInAsync(counter.UserName, counter.Password);

        // Nothing found: the desk offers a new customer with the name typed.
        await GoToAsync("/reception");
        await Page.GetByLabel("查询").FillAsync(customerName);
        await Page.GetByLabel("查询").PressAsync("Enter");
        await Page.GetByRole(AriaRole.Link, new() { Name = "登记为新客户" }).ClickAsync();
        await InteractiveAsync();
        await Expect(Page.GetByLabel("客户名称")).ToHaveValueAsync(customerName);

        // The credit code is checked as it is typed.
        var code = CreditCodes.New();
        var wrong = code[..17] + (code[17] == '0' ? '1' : '0');
        await Page.GetByLabel("统一社会信用代码").FillAsync(wrong);
        await Expect(Page.Locator("#credit-code-check")).ToHaveTextAsync("第 18 位校验码不对，请核对代码是否抄错");
        await Page.GetByLabel("统一社会信用代码").FillAsync(code);
        await Expect(Page.Locator("#credit-code-check")).ToHaveTextAsync("校验通过");
        await Page.GetByLabel("联系人").FillAsync("陈经理");
        await Page.GetByLabel("联系电话").FillAsync("0750-3123456");
        await Page.GetByLabel("地址", new() { Exact = true }).FillAsync("江门市蓬江区万达广场 1 层");
        await Page.GetByLabel("所属区县").FillAsync("蓬江区");
        await ChooseAsync("客户类别", "集贸市场");
        await ScreenshotAsync("new-customer");
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = customerName })).ToBeVisibleAsync();

        // Register the instrument it brought.
        await Page.GetByRole(AriaRole.Link, new() { Name = "登记器具" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "登记器具" })).ToBeVisibleAsync();
        await ChooseAsync("器具类型", counter.ScaleName);
        await Page.GetByLabel("制造厂").FillAsync("上海友声衡器有限公司");
        await Page.GetByLabel("型号规格").FillAsync("ACS-15");
        var serial = "YS" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await Page.GetByLabel("出厂编号").FillAsync(serial);
        await Page.GetByLabel("测量范围").FillAsync("(0~15) kg");
        await Page.GetByLabel("准确度等级").FillAsync("Ⅲ");
        await Page.GetByLabel("使用场所").FillAsync("生鲜区 3 号摊位");
        await Page.GetByRole(AriaRole.Button, new() { Name = "登记器具" }).ClickAsync();
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = serial });
        await Expect(row).ToContainTextAsync("在用");
        await ScreenshotAsync("customer-card");

        // Take it in: the fee and what is waived are shown before confirming.
        await row.GetByRole(AriaRole.Link, new() { Name = "收样" }).ClickAsync();
        var fees = Page.GetByRole(AriaRole.Table, new() { Name = "费用合计" });
        await Expect(fees).ToContainTextAsync("¥50.00");
        await Expect(fees.GetByRole(AriaRole.Row).Filter(new() { HasText = "免征（强制检定）" })).ToContainTextAsync("¥50.00");
        await Expect(fees.GetByRole(AriaRole.Row).Filter(new() { HasText = "应收" })).ToContainTextAsync("¥0.00");
        await ScreenshotAsync("intake");
        await Page.GetByRole(AriaRole.Button, new() { Name = "确认收样" }).ClickAsync();

        var heading = Page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(heading).ToHaveTextAsync(ReceiptHeading());
        var receiptNo = ReceiptHeading().Match(await heading.InnerTextAsync()).Groups[1].Value;
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = serial })).ToContainTextAsync(receiptNo + "-01");
        await ScreenshotAsync("submission");

        // The receipt opens as a PDF with its label.
        var print = Page.GetByRole(AriaRole.Link, new() { Name = "打印回执" });
        await Expect(print).ToHaveAttributeAsync("target", "_blank");
        var receipt = await Page.APIRequest.GetAsync(await print.GetAttributeAsync("href") ?? "");
        Assert.That(receipt.Headers["content-type"], Is.EqualTo("application/pdf"));
        using (var pdf = PdfDocument.Open(await receipt.BodyAsync()))
        {
            var text = string.Concat(pdf.GetPages().Select(p => p.Text));
            Assert.That(text, Does.Contain(receiptNo).And.Contain(receiptNo + "-01").And.Contain(serial));
        }

        // Handing back before the work is done is refused, with the rule's words.
        await Page.GetByRole(AriaRole.Button, new() { Name = "退还器具" }).ClickAsync();
        await Expect(Outcome).ToHaveTextAsync("还有工作单没有批准或取消，暂不能退还器具。");
        await ScreenshotAsync("refused");

        // The receipt number and the serial number find it again.
        await GoToAsync("/reception");
        await Page.GetByLabel("查询").FillAsync(serial);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = $"{counter.ScaleName} {serial}" })).ToBeVisibleAsync();
        await Page.GetByLabel("查询").FillAsync(receiptNo.ToLowerInvariant());
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = receiptNo })).ToBeVisibleAsync();
        await ScreenshotAsync("reception");
    }

    [Test]
    public async Task A_credit_code_already_registered_is_refused_beside_its_field()
    {
        var counter = await Counter.ArrangeAsync(Host, NewUserAsync);
        var existing = await new ReceptionDesk(Host.Admin).CustomerAsync(null);
        await SignInAsync(counter.UserName, counter.Password);

        await GoToAsync("/reception/customers/new");
        await Page.GetByLabel("客户名称").FillAsync("重复登记的客户");
        await Page.GetByLabel("统一社会信用代码").FillAsync(existing.GetProperty("creditCode").GetString()!);
        await Page.GetByLabel("联系人").FillAsync("李四");
        await Page.GetByLabel("联系电话").FillAsync("13812345678");
        await Page.GetByLabel("地址", new() { Exact = true }).FillAsync("江门市江海区");
        await Page.GetByLabel("所属区县").FillAsync("江海区");
        await ChooseAsync("客户类别", "企业");
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Expect(Page.GetByText("该统一社会信用代码的客户已经登记过了。").First).ToBeVisibleAsync();
        await Expect(Outcome).ToHaveTextAsync("该统一社会信用代码的客户已经登记过了。");
        await Expect(Page).ToHaveURLAsync(new Regex("/reception/customers/new"));
    }

    [Test]
    public async Task An_empty_form_shows_what_is_missing_beside_each_field()
    {
        var counter = await Counter.ArrangeAsync(Host, NewUserAsync);
        await SignInAsync(counter.UserName, counter.Password);

        await GoToAsync("/reception/customers/new");
        await Page.GetByLabel("联系电话").FillAsync("12345");
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Expect(Outcome).ToHaveTextAsync("有填写不正确的项目，请查看标红的栏目。");
        await Expect(Page.GetByText("请填写手机号（如 13812345678）或带区号的固定电话（如 0750-3123456）")).ToBeVisibleAsync();
        await Expect(Page.GetByText("必填").First).ToBeVisibleAsync();
    }

    [Test]
    public async Task The_recall_list_shows_whom_to_ring()
    {
        var counter = await Counter.ArrangeAsync(Host, NewUserAsync);
        var desk = new ReceptionDesk(Host.Admin);
        var customer = await desk.CustomerAsync(null, "江门市台山市到期测试加油站" + Guid.NewGuid().ToString("N")[..4], "FuelStation");
        var serial = "DUE" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var instrument = await desk.InstrumentAsync(null, customer.GetProperty("id").GetGuid(), counter.ScaleType, serial);
        await MakeDueAsync(instrument, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)));
        await SignInAsync(counter.UserName, counter.Password);

        await GoToAsync("/reception/recall");

        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = serial });
        await Expect(row).ToContainTextAsync("0750-3123456");
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = "0750-3123456" })).ToHaveAttributeAsync("href", "tel:0750-3123456");
        await ScreenshotAsync("recall");
    }

    /// <summary>Records a verification that makes the instrument due that day (certificates are issued elsewhere).</summary>
    private async Task MakeDueAsync(Guid instrumentId, DateOnly dueOn)
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
        var instrument = await db.Instruments.SingleAsync(i => i.Id == instrumentId);
        var type = await db.InstrumentTypes.SingleAsync(t => t.Code == instrument.TypeCode);
        instrument.RecordVerification(dueOn.AddMonths(-type.IntervalMonths), type);
        await db.SaveChangesAsync();
    }

    /// <summary>Opens a MudBlazor select by its label and picks the option.</summary>
    private async Task ChooseAsync(string label, string option)
    {
        await Page.GetByLabel(label).ClickAsync();
        await Page.GetByRole(AriaRole.Option).Filter(new() { HasText = option }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"^收样单 (\S+-SJ-\d{4}-\d{6})$")]
    private static partial Regex ReceiptHeading();
}
