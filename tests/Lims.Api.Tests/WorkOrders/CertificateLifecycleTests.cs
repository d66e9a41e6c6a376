using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.WorkOrders;

public sealed class CertificateLifecycleTests(string database) : ApiTest(database)
{
    private static async Task<(WorkBench Bench, string Number)> IssuedAsync(ApiHost host)
    {
        var bench = await WorkBench.ArrangeAsync(host);
        var workOrder = await bench.ReviewedWorkOrderAsync();
        var certificate = await Expect.JsonAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{workOrder}/approve", new { }), 200);
        return (bench, certificate.GetProperty("certificateNo").GetString()!);
    }

    [Test]
    public async Task A_quality_manager_revokes_a_certificate_with_a_reason()
    {
        var (bench, number) = await IssuedAsync(Host);
        var revoked = await Expect.JsonAsync(await bench.QualityManager.PostAsJsonAsync($"/api/certificates/{number}/revoke", new { reason = "送检单位提供的器具信息有误" }), 200);
        Assert.Multiple(() =>
        {
            Assert.That(revoked.GetProperty("status").GetString(), Is.EqualTo("Revoked"));
            Assert.That(revoked.GetProperty("revocationReason").GetString(), Is.EqualTo("送检单位提供的器具信息有误"));
        });
        await Expect.ProblemAsync(await bench.QualityManager.PostAsJsonAsync($"/api/certificates/{number}/revoke", new { reason = "again" }), 422, "certificate-not-current");
        await Expect.ProblemAsync(await bench.Approver.PostAsJsonAsync($"/api/certificates/{number}/revoke", new { reason = "x" }), 403, "forbidden");
        await Expect.StatusAsync(await bench.Reception.GetAsync($"/api/certificates/{number}/pdf"), 200);
    }

    [Test]
    public async Task An_amendment_replaces_the_certificate_names_it_and_both_stay_downloadable()
    {
        var (bench, number) = await IssuedAsync(Host);
        var originalPdf = await (await bench.Reception.GetAsync($"/api/certificates/{number}/pdf")).Content.ReadAsByteArrayAsync();
        var response = await bench.QualityManager.PostAsJsonAsync($"/api/certificates/{number}/amend", new { reason = "型号录入错误", corrections = new { model = "ACS-30" } });
        var amended = await Expect.JsonAsync(response, 201);
        var old = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/certificates/{number}"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(amended.GetProperty("certificateNo").GetString(), Is.EqualTo(number + "-A1"));
            Assert.That(amended.GetProperty("supersedes").GetString(), Is.EqualTo(number));
            Assert.That(old.GetProperty("status").GetString(), Is.EqualTo("Superseded"));
            Assert.That(old.GetProperty("supersededBy").GetString(), Is.EqualTo(number + "-A1"));
        });

        var pdf = await (await bench.Reception.GetAsync($"/api/certificates/{number}-A1/pdf")).Content.ReadAsByteArrayAsync();
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain(number), "names the certificate it replaces");
            Assert.That(text, Does.Contain("型号录入错误"));
            Assert.That(text, Does.Contain("ACS-30"));
        });
        Assert.That(await (await bench.Reception.GetAsync($"/api/certificates/{number}/pdf")).Content.ReadAsByteArrayAsync(), Is.EqualTo(originalPdf));

        var again = await Expect.JsonAsync(await bench.QualityManager.PostAsJsonAsync($"/api/certificates/{number}-A1/amend", new { reason = "地址更正", corrections = new { customerAddress = "江门市蓬江区" } }), 201);
        Assert.That(again.GetProperty("certificateNo").GetString(), Is.EqualTo(number + "-A2"));
        await Expect.ProblemAsync(await bench.QualityManager.PostAsJsonAsync($"/api/certificates/{number}/amend", new { reason = "x", corrections = new { model = "y" } }), 422, "certificate-not-current");
    }

    [Test]
    public async Task An_amendment_without_corrections_is_400()
    {
        var (bench, number) = await IssuedAsync(Host);
        await Expect.ValidationErrorsAsync(await bench.QualityManager.PostAsJsonAsync($"/api/certificates/{number}/amend", new { reason = "x" }), "corrections");
    }

    [Test]
    public async Task Certificates_are_listed_by_instrument_and_unknown_ones_are_404()
    {
        var (bench, number) = await IssuedAsync(Host);
        var certificate = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/certificates/{number}"), 200);
        var list = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/certificates?instrumentId={certificate.GetProperty("instrumentId").GetGuid()}"), 200);
        Assert.That(list.GetProperty("total").GetInt32(), Is.EqualTo(1));
        await Expect.ProblemAsync(await bench.Reception.GetAsync("/api/certificates/XX-JD-2026-000001"), 404, "not-found");
        await Expect.ProblemAsync(await bench.Reception.GetAsync("/api/certificates/XX-JD-2026-000001/pdf"), 404, "not-found");
    }
}
