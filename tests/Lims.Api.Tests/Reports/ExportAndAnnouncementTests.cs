using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Lims.Api.Tests.Support;
using Lims.Api.Tests.WorkOrders;

namespace Lims.Api.Tests.Reports;

/// <summary>The report as CSV and .xlsx; the public announcement (强制检定结果公示); retiring instruments.</summary>
public sealed class ExportAndAnnouncementTests(string database) : ApiTest(database)
{
    private static int Year => WorkBench.Today.Year;

    [Test]
    public async Task The_xlsx_opens_with_bilingual_headers_and_the_figures_of_the_json()
    {
        var r = await ReportBench.ArrangeAsync(Host);
        await r.VerifyAsync(r.Bench.Customer, await r.InstrumentAsync(r.Bench.Customer), pass: true);

        var response = await r.Bench.QualityManager.GetAsync($"/api/reports/kpi?year={Year}&laboratoryCode={r.Lab}&format=xlsx");
        await Expect.StatusAsync(response, 200);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheets.Single();
        var coverage = sheet.RowsUsed().Single(row => row.Cell(3).GetString().StartsWith("受检率", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(sheet.Cell(1, 3).GetString(), Is.EqualTo("指标 Indicator"));
            Assert.That(sheet.Cell(1, 6).GetString(), Is.EqualTo("值 Value"));
            Assert.That(coverage.Cell(1).GetValue<int>(), Is.EqualTo(Year));
            Assert.That(coverage.Cell(2).GetString(), Is.EqualTo(r.Lab));
            Assert.That(coverage.Cell(6).GetValue<decimal>(), Is.EqualTo(100m));
            Assert.That(coverage.Cell(8).GetValue<long>(), Is.EqualTo(1));
            Assert.That(coverage.Cell(10).GetValue<decimal>(), Is.EqualTo(97m));
            Assert.That(coverage.Cell(11).GetValue<bool>(), Is.True);
        });
    }

    [Test]
    public async Task The_csv_is_utf8_with_a_bom_and_chinese_and_english_headers()
    {
        var r = await ReportBench.ArrangeAsync(Host);
        await r.VerifyAsync(r.Bench.Customer, await r.InstrumentAsync(r.Bench.Customer), pass: false);

        var response = await r.Bench.QualityManager.GetAsync($"/api/reports/kpi?year={Year}&laboratoryCode={r.Lab}&format=CSV");
        await Expect.StatusAsync(response, 200);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");

        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
            Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(lines[0], Is.EqualTo("年度 Year,范围 Scope,指标 Indicator,分组 Group,名称 Name,值 Value,单位 Unit,分子 Numerator,分母 Denominator,目标 Target,达标 Met"));
            Assert.That(lines, Does.Contain($"{Year},{r.Lab},合格率 Verification pass rate,,,0,percent,0,1,92,false"));
            // A laboratory's fees have no target of their own: the ¥20 M is the city's (rule 16).
            Assert.That(lines, Does.Contain($"{Year},{r.Lab},免征金额 Fees waived,,,30,CNY,,,,"));
        });
    }

    [Test]
    public async Task The_announcement_lists_the_sites_active_compulsory_instruments_with_their_latest_result_and_nothing_private()
    {
        var r = await ReportBench.ArrangeAsync(Host);
        var site = r.Bench.Customer;
        var passed = await r.InstrumentAsync(site);
        var certificate = await r.VerifyAsync(site, passed, pass: true);
        var failedThenPassed = await r.InstrumentAsync(site);
        await r.VerifyAsync(site, failedThenPassed, pass: false);
        var second = await r.VerifyAsync(site, failedThenPassed, pass: true);
        var failed = await r.InstrumentAsync(site);
        var notice = await r.VerifyAsync(site, failed, pass: false);
        var never = await r.InstrumentAsync(site);
        var retired = await r.InstrumentAsync(site);
        await Expect.StatusAsync(await r.Bench.Reception.PostAsJsonAsync($"/api/instruments/{retired}/retire", new { reason = "停用" }), 200);

        var response = await Host.Anonymous().GetAsync($"/api/public/announcements?customerId={site}");
        var body = await Expect.JsonAsync(response, 200);
        var text = await response.Content.ReadAsStringAsync();
        var serials = await SerialsAsync(passed, failedThenPassed, failed, never);
        var rows = body.GetProperty("instruments").EnumerateArray().ToDictionary(i => i.GetProperty("serialNumber").GetString()!);
        var validUntil = WorkBench.Today.AddMonths(12).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("site").GetString(), Is.EqualTo("江门市蓬江区华润万家超市有限公司"));
            Assert.That(rows.Keys, Is.EquivalentTo(serials.Values));
            Assert.That(Row(rows, serials[passed]), Is.EqualTo(("Valid", "VerificationCertificate", certificate, validUntil)));
            Assert.That(Row(rows, serials[failedThenPassed]), Is.EqualTo(("Valid", "VerificationCertificate", second, validUntil)));
            Assert.That(Row(rows, serials[failed]), Is.EqualTo(("Failed", "VerificationResultNotice", notice, (string?)null)));
            Assert.That(Row(rows, serials[never]), Is.EqualTo(("NotVerified", (string?)null, (string?)null, (string?)null)));
            Assert.That(rows[serials[passed]].GetProperty("typeName").GetString(), Is.EqualTo("电子计价秤"));
            Assert.That(rows[serials[passed]].GetProperty("location").GetString(), Is.EqualTo("生鲜区 3 号摊位"));
            Assert.That(text, Does.Not.Contain("0750-3123456").And.Not.Contain("陈经理").And.Not.Contain("creditCode").And.Not.Contain("万达广场"));
        });
    }

    [Test]
    public async Task An_unknown_site_is_404_and_a_missing_one_400()
    {
        await Expect.ProblemAsync(await Host.Anonymous().GetAsync($"/api/public/announcements?customerId={Guid.NewGuid()}"), 404, "not-found");
        await Expect.ValidationErrorsAsync(await Host.Anonymous().GetAsync("/api/public/announcements"), "customerId");
    }

    [Test]
    public async Task An_instrument_at_the_laboratory_cannot_be_retired_and_a_retired_one_not_again_nor_handed_in()
    {
        var r = await ReportBench.ArrangeAsync(Host);
        var instrument = await r.InstrumentAsync(r.Bench.Customer);
        var (submission, workOrder) = await r.HandInAsync(r.Bench.Customer, instrument);
        await Expect.ProblemAsync(await r.Bench.Reception.PostAsJsonAsync($"/api/instruments/{instrument}/retire", new { reason = "报废" }), 422, "instrument-at-laboratory");

        await r.WorkAsync(workOrder, pass: true);
        await Expect.StatusAsync(await r.Bench.Reception.PostAsJsonAsync($"/api/submissions/{submission}/return", new { }), 200);
        var retired = await Expect.JsonAsync(await r.Bench.Reception.PostAsJsonAsync($"/api/instruments/{instrument}/retire", new { reason = "报废" }), 200);
        Assert.Multiple(() =>
        {
            Assert.That(retired.GetProperty("status").GetString(), Is.EqualTo("Retired"));
            Assert.That(retired.GetProperty("retiredOn").GetString(), Is.EqualTo(WorkBench.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(retired.GetProperty("retirementReason").GetString(), Is.EqualTo("报废"));
        });

        await Expect.ProblemAsync(await r.Bench.Reception.PostAsJsonAsync($"/api/instruments/{instrument}/retire", new { reason = "报废" }), 422, "instrument-retired");
        await Expect.ProblemAsync(await r.Bench.Reception.PostAsJsonAsync("/api/submissions", ReceptionDesk.Submission(r.Bench.Customer, r.Lab, [instrument])), 422, "instrument-retired");
    }

    [Test]
    public async Task Retiring_needs_reception_or_an_administrator_a_reason_and_a_known_instrument()
    {
        var technician = await Host.SignInNewUserAsync("Technician");
        var id = Guid.NewGuid();
        await Expect.ProblemAsync(await Host.Anonymous().PostAsJsonAsync($"/api/instruments/{id}/retire", new { reason = "x" }), 401, "unauthenticated");
        await Expect.ProblemAsync(await technician.PostAsJsonAsync($"/api/instruments/{id}/retire", new { reason = "x" }), 403, "forbidden");
        await Expect.ValidationErrorsAsync(await Admin.PostAsJsonAsync($"/api/instruments/{id}/retire", new { reason = "" }), "reason");
        await Expect.ProblemAsync(await Admin.PostAsJsonAsync($"/api/instruments/{id}/retire", new { reason = "报废" }), 404, "not-found");
    }

    private async Task<Dictionary<Guid, string>> SerialsAsync(params Guid[] instruments)
    {
        var serials = new Dictionary<Guid, string>();
        foreach (var id in instruments)
        {
            serials[id] = (await Expect.JsonAsync(await Admin.GetAsync($"/api/instruments/{id}"), 200)).GetProperty("serialNumber").GetString()!;
        }

        return serials;
    }

    private static (string? Status, string? Kind, string? CertificateNo, string? ValidUntil) Row(Dictionary<string, JsonElement> rows, string serial)
    {
        var row = rows[serial];
        return (row.GetProperty("status").GetString(), row.GetProperty("certificateKind").GetString(), row.GetProperty("certificateNo").GetString(), row.GetProperty("validUntil").GetString());
    }
}
