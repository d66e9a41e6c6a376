using System.Net.Http.Json;
using System.Text.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.WorkOrders;

/// <summary>
/// A certificate after issue. Revocation and amendment take two people of the laboratory (rule
/// 13): a quality manager asks, another approver decides, and only then does the certificate change.
/// </summary>
public sealed class CertificateLifecycleTests(string database) : ApiTest(database)
{
    private static async Task<(WorkBench Bench, string Number)> IssuedAsync(ApiHost host)
    {
        var bench = await WorkBench.ArrangeAsync(host);
        var workOrder = await bench.ReviewedWorkOrderAsync();
        var certificate = await Expect.JsonAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{workOrder}/approve", new { }), 200);
        return (bench, certificate.GetProperty("certificateNo").GetString()!);
    }

    private static async Task<string> StatusAsync(WorkBench bench, string number) =>
        (await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/certificates/{number}"), 200)).GetProperty("status").GetString()!;

    private static Task<HttpResponseMessage> DecideAsync(HttpClient approver, JsonElement change, string decision, object body) =>
        approver.PostAsJsonAsync($"/api/certificate-changes/{change.GetProperty("id").GetGuid()}/{decision}", body);

    [Test]
    public async Task A_revocation_asked_for_changes_nothing_until_another_approver_approves_it()
    {
        var (bench, number) = await IssuedAsync(Host);

        var asked = await Expect.JsonAsync(await bench.QualityManager.PostAsJsonAsync($"/api/certificates/{number}/revoke", new { reason = "送检单位提供的器具信息有误" }), 201);
        var waiting = await StatusAsync(bench, number);
        var approved = await Expect.JsonAsync(await DecideAsync(bench.Approver, asked, "approve", new { comment = "核实无误" }), 200);
        var revoked = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/certificates/{number}"), 200);

        Assert.Multiple(() =>
        {
            Assert.That(asked.GetProperty("kind").GetString(), Is.EqualTo("Revocation"));
            Assert.That(asked.GetProperty("status").GetString(), Is.EqualTo("Pending"));
            Assert.That(waiting, Is.EqualTo("Valid"), "asked for, not yet approved");
            Assert.That(approved.GetProperty("status").GetString(), Is.EqualTo("Approved"));
            Assert.That(approved.GetProperty("decidedBy").GetString(), Is.Not.EqualTo(asked.GetProperty("requestedBy").GetString()));
            Assert.That(approved.GetProperty("decisionComment").GetString(), Is.EqualTo("核实无误"));
            Assert.That(revoked.GetProperty("status").GetString(), Is.EqualTo("Revoked"));
            Assert.That(revoked.GetProperty("revocationReason").GetString(), Is.EqualTo("送检单位提供的器具信息有误"));
        });
        await Expect.ProblemAsync(await bench.QualityManager.PostAsJsonAsync($"/api/certificates/{number}/revoke", new { reason = "again" }), 422, "certificate-not-current");
        await Expect.ProblemAsync(await bench.Approver.PostAsJsonAsync($"/api/certificates/{number}/revoke", new { reason = "x" }), 403, "forbidden");
        await Expect.StatusAsync(await bench.Reception.GetAsync($"/api/certificates/{number}/pdf"), 200);
    }

    [Test]
    public async Task Nobody_decides_their_own_request()
    {
        var (bench, number) = await IssuedAsync(Host);
        var both = await Host.SignInNewUserInAsync(bench.Lab, "QualityManager", "Approver");
        var asked = await Expect.JsonAsync(await both.PostAsJsonAsync($"/api/certificates/{number}/revoke", new { reason = "器具已报废" }), 201);

        await Expect.ProblemAsync(await DecideAsync(both, asked, "approve", new { }), 422, "own-change-request");
        await Expect.ProblemAsync(await DecideAsync(both, asked, "refuse", new { comment = "不同意" }), 422, "own-change-request");

        Assert.That(await StatusAsync(bench, number), Is.EqualTo("Valid"));
    }

    [Test]
    public async Task A_refused_request_leaves_the_certificate_as_it_was_and_is_decided_once()
    {
        var (bench, number) = await IssuedAsync(Host);
        var asked = await Expect.JsonAsync(await bench.QualityManager.PostAsJsonAsync($"/api/certificates/{number}/revoke", new { reason = "器具已报废" }), 201);

        await Expect.ValidationErrorsAsync(await DecideAsync(bench.Approver, asked, "refuse", new { }), "comment");
        await Expect.ProblemAsync(await bench.QualityManager.PostAsJsonAsync($"/api/certificates/{number}/amend", new { reason = "型号", corrections = new { model = "ACS-30" } }), 422, "change-pending");
        var refused = await Expect.JsonAsync(await DecideAsync(bench.Approver, asked, "refuse", new { comment = "器具仍在使用，无需撤销" }), 200);
        await Expect.ProblemAsync(await DecideAsync(bench.Approver, asked, "approve", new { }), 422, "change-already-decided");

        var status = await StatusAsync(bench, number);
        Assert.Multiple(() =>
        {
            Assert.That(refused.GetProperty("status").GetString(), Is.EqualTo("Refused"));
            Assert.That(refused.GetProperty("decisionComment").GetString(), Is.EqualTo("器具仍在使用，无需撤销"));
            Assert.That(status, Is.EqualTo("Valid"));
        });
        var listed = await Expect.JsonAsync(await bench.Approver.GetAsync($"/api/certificate-changes?status=Refused&certificateNo={number}"), 200);
        Assert.That(listed.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()), Is.EqualTo(new[] { asked.GetProperty("id").GetGuid() }));
    }

    [TestCase("serialNumber", TestName = "The serial number is not amendable")]
    [TestCase("customerName", TestName = "The customer is not amendable")]
    [TestCase("instrumentType", TestName = "The instrument type is not amendable")]
    public async Task The_items_identity_is_never_amended(string field)
    {
        var (bench, number) = await IssuedAsync(Host);

        var refused = await bench.QualityManager.PostAsJsonAsync($"/api/certificates/{number}/amend", new { reason = "更正", corrections = new Dictionary<string, string> { [field] = "X-2024-0001", ["model"] = "ACS-30" } });

        var problem = await Expect.ProblemAsync(refused, 422, "identity-not-amendable");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("Revoke"));
        var waiting = await Expect.JsonAsync(await bench.Approver.GetAsync($"/api/certificate-changes?certificateNo={number}"), 200);
        Assert.That(waiting.GetProperty("total").GetInt32(), Is.Zero, "no request was made");
    }

    [Test]
    public async Task An_approved_amendment_replaces_the_certificate_names_it_and_both_stay_downloadable()
    {
        var (bench, number) = await IssuedAsync(Host);
        var originalPdf = await (await bench.Reception.GetAsync($"/api/certificates/{number}/pdf")).Content.ReadAsByteArrayAsync();

        var change = await bench.AmendAsync(number, "型号录入错误", new { model = "ACS-30" });

        var amended = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/certificates/{number}-A1"), 200);
        var old = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/certificates/{number}"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(change.GetProperty("issuedCertificateNo").GetString(), Is.EqualTo(number + "-A1"));
            Assert.That(change.GetProperty("corrections").GetProperty("model").GetString(), Is.EqualTo("ACS-30"));
            Assert.That(amended.GetProperty("supersedes").GetString(), Is.EqualTo(number));
            Assert.That(old.GetProperty("status").GetString(), Is.EqualTo("Superseded"));
            Assert.That(old.GetProperty("supersededBy").GetString(), Is.EqualTo(number + "-A1"));
        });

        var text = await PdfTextAsync(bench, number + "-A1");
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain(number), "names the certificate it replaces");
            Assert.That(text, Does.Contain("型号录入错误"));
            Assert.That(text, Does.Contain("ACS-30"));
        });
        Assert.That(await (await bench.Reception.GetAsync($"/api/certificates/{number}/pdf")).Content.ReadAsByteArrayAsync(), Is.EqualTo(originalPdf));

        var again = await bench.AmendAsync(number + "-A1", "地址更正", new { customerAddress = "江门市蓬江区" });
        Assert.That(again.GetProperty("issuedCertificateNo").GetString(), Is.EqualTo(number + "-A2"));
        await Expect.ProblemAsync(await bench.QualityManager.PostAsJsonAsync($"/api/certificates/{number}/amend", new { reason = "x", corrections = new { model = "y" } }), 422, "certificate-not-current");
    }

    [Test]
    public async Task The_public_check_shows_what_the_pdf_prints_after_the_type_and_laboratory_are_renamed()
    {
        var (bench, number) = await IssuedAsync(Host);
        var certificate = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/certificates/{number}"), 200);
        var code = certificate.GetProperty("verificationCode").GetString();
        var printed = await PdfTextAsync(bench, number);
        await RenameAsync($"/api/instrument-types/{bench.TypeCode}", "电子计价秤（更名）");
        await RenameAsync($"/api/laboratories/{bench.Lab}", "江门市计量测试所（更名）");

        var check = await Expect.JsonAsync(await Host.Anonymous().GetAsync($"/api/public/certificates/{number}?code={code}"), 200);

        Assert.Multiple(() =>
        {
            Assert.That(check.GetProperty("instrumentType").GetString(), Is.EqualTo("电子计价秤"));
            Assert.That(check.GetProperty("laboratory").GetString(), Is.EqualTo("江门市计量测试所"));
            Assert.That(printed, Does.Contain(check.GetProperty("instrumentType").GetString()));
            Assert.That(printed, Does.Contain(check.GetProperty("serialNumber").GetString()));
            Assert.That(printed, Does.Contain(check.GetProperty("laboratory").GetString()));
        });
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

    private static async Task<string> PdfTextAsync(WorkBench bench, string number)
    {
        var pdf = await (await bench.Reception.GetAsync($"/api/certificates/{number}/pdf")).Content.ReadAsByteArrayAsync();
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => p.Text));
    }

    /// <summary>The administrator renames a reference record (a laboratory or an instrument type) at the version read.</summary>
    private async Task RenameAsync(string route, string name)
    {
        var record = await Expect.JsonAsync(await Admin.GetAsync(route), 200);
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(record.GetRawText())!;
        body["name"] = name;
        await Expect.StatusAsync(await Admin.PutAsJsonAsync(route, body), 200);
    }
}
