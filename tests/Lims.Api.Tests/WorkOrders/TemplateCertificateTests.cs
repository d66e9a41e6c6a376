using System.Net.Http.Json;
using System.Text.Json;
using Lims.Api.Tests.Support;
using Lims.Tests.Shared;
using UglyToad.PdfPig;

namespace Lims.Api.Tests.WorkOrders;

/// <summary>
/// Certificates issued from work orders measured by the shipped JJG 539-2016 template, read back
/// from the stored PDF: the test items with their verdicts, the laboratory's authorisation, contact
/// and seal on the cover, dates as 年月日, the JJF 1094 rule with the comparison method.
/// </summary>
public sealed class TemplateCertificateTests(string database) : ApiTest(database)
{
    [Test]
    public async Task A_verification_by_the_template_prints_its_test_items_the_laboratory_s_authorisation_contact_and_seal()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        await ContactAndSealAsync(bench.Lab);
        var (text, cover, images) = await IssueAsync(bench, await bench.ReviewedWorkOrderAsync());

        var today = WorkBench.Today;
        Assert.Multiple(() =>
        {
            Assert.That(cover, Does.Contain("计量授权证书号 Authorization No.: (粤)法计(2021)07001号"));
            Assert.That(cover, Does.Contain("电话 Telephone0750-3502345").And.Contain("邮编 Postcode529000"));
            Assert.That(cover, Does.Contain("(检定专用章) Seal of the laboratory"));
            Assert.That(images, Is.EqualTo(1), "the seal image on the cover");
            Assert.That(text, Does.Contain($"{today.Year}年{today.Month}月{today.Day}日"));
            Assert.That(text, Does.Not.Contain(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(text, Does.Contain("检定项目 Test items"));
            Assert.That(text, Does.Contain("外观检查 Visual inspection").And.Contain("置零准确度 Zero-setting").And.Contain("重复性 Repeatability").And.Contain("偏载 Eccentricity"));
            Assert.That(text, Does.Contain("JJF 1094-2002").And.Contain("GB/T 8170-2008 4.3.2"));
            Assert.That(text, Does.Contain("p≈95 %"), "k with its coverage probability");
        });
    }

    [Test]
    public async Task A_failing_verification_by_the_template_prints_the_failing_item_on_its_result_notice_and_a_laboratory_without_a_seal_leaves_the_area_for_a_stamp()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var (text, cover, images) = await IssueAsync(bench, await bench.ReviewedWorkOrderAsync(offset: 0.012m));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("检定结果通知书"));
            Assert.That(text, Does.Contain("称量 Weighing").And.Contain("不合格 Fail"));
            Assert.That(cover, Does.Contain("(检定专用章)"));
            Assert.That(images, Is.Zero);
        });
    }

    [Test]
    public async Task A_calibration_without_a_statement_of_conformity_prints_no_decision_rule()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.WorkOrderAsync("Calibration", typeCode: bench.BalanceTypeCode);
        await bench.AssignAsync(workOrder);
        var body = JsonSerializer.SerializeToNode(WorkBench.FreeResults(bench.WeightSet))!.AsObject();
        foreach (var point in body["points"]!.AsArray())
        {
            point!.AsObject().Remove("mpe");
        }

        await Expect.StatusAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", body), 200);
        await Expect.StatusAsync(await bench.Reviewer.PostAsJsonAsync($"/api/work-orders/{workOrder}/review", new { accept = true, comment = "核验无误" }), 200);
        var (text, _, _) = await IssueAsync(bench, workOrder);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("校准证书").And.Contain("不作符合性判定"));
            Assert.That(text, Does.Not.Contain("判定规则").And.Not.Contain("Decision rule").And.Not.Contain("简单接受"));
        });
    }

    private async Task ContactAndSealAsync(string lab)
    {
        var current = await Expect.JsonAsync(await Admin.GetAsync($"/api/laboratories/{lab}"), 200);
        await Expect.StatusAsync(await Admin.PutAsJsonAsync($"/api/laboratories/{lab}", new
        {
            name = current.GetProperty("name").GetString(),
            level = current.GetProperty("level").GetString(),
            address = current.GetProperty("address").GetString(),
            telephone = "0750-3502345",
            postcode = "529000",
            authorizationNo = "(粤)法计(2021)07001号",
            version = current.GetProperty("version").GetInt32(),
        }), 200);
        using var png = new ByteArrayContent(SealPng.Make());
        png.Headers.ContentType = new("image/png");
        await Expect.StatusAsync(await Admin.PutAsync($"/api/laboratories/{lab}/seal", png), 204);
    }

    private static async Task<(string Text, string Cover, int CoverImages)> IssueAsync(WorkBench bench, Guid workOrder)
    {
        var certificate = await Expect.JsonAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{workOrder}/approve", new { }), 200);
        var response = await bench.Reception.GetAsync($"/api/certificates/{certificate.GetProperty("certificateNo").GetString()}/pdf");
        await Expect.StatusAsync(response, 200);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var cover = pdf.GetPage(1);
        return (string.Concat(pdf.GetPages().Select(p => p.Text)), cover.Text, cover.GetImages().Count());
    }
}
