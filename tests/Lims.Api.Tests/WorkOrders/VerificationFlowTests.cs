using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.WorkOrders;

/// <summary>From Registered to an issued certificate, each person signed in as themselves.</summary>
public sealed class VerificationFlowTests(string database) : ApiTest(database)
{
    private static int Year => WorkBench.Today.Year;

    [Test]
    public async Task A_passing_verification_issues_a_verification_certificate_valid_for_the_interval()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.WorkOrderAsync();
        var assigned = await bench.AssignAsync(workOrder);
        Assert.That(assigned.GetProperty("status").GetString(), Is.EqualTo("Assigned"));

        var recorded = await Expect.JsonAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(bench.WeightSet)), 200);
        var point = recorded.GetProperty("results").GetProperty("points")[1];
        Assert.Multiple(() =>
        {
            Assert.That(recorded.GetProperty("status").GetString(), Is.EqualTo("ResultsRecorded"));
            Assert.That(recorded.GetProperty("results").GetProperty("conclusion").GetString(), Is.EqualTo("Pass"));
            Assert.That(point.GetProperty("verdict").GetString(), Is.EqualTo("Pass"));
            Assert.That(point.GetProperty("coverageFactor").GetDecimal(), Is.GreaterThanOrEqualTo(2m));
            Assert.That(point.GetProperty("expandedUncertainty").GetDecimal(), Is.GreaterThan(0m).And.LessThanOrEqualTo(0.005m / 3));
            Assert.That(point.GetProperty("mean").GetDecimal(), Is.EqualTo(2.0002m).Within(0.0001m));
        });

        var reviewed = await Expect.JsonAsync(await bench.Reviewer.PostAsJsonAsync($"/api/work-orders/{workOrder}/review", new { accept = true, comment = "核验无误" }), 200);
        Assert.That(reviewed.GetProperty("status").GetString(), Is.EqualTo("Reviewed"));

        var certificate = await Expect.JsonAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{workOrder}/approve", new { }), 200);
        var performedOn = WorkBench.Today;
        Assert.Multiple(() =>
        {
            Assert.That(certificate.GetProperty("kind").GetString(), Is.EqualTo("VerificationCertificate"));
            Assert.That(certificate.GetProperty("certificateNo").GetString(), Is.EqualTo($"{bench.Lab}-JD-{Year}-000001"));
            Assert.That(certificate.GetProperty("status").GetString(), Is.EqualTo("Valid"));
            Assert.That(certificate.GetProperty("validUntil").GetString(), Is.EqualTo(performedOn.AddMonths(12).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        });

        var detail = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/work-orders/{workOrder}"), 200);
        var instrumentId = detail.GetProperty("instrumentId").GetGuid();
        var instrument = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/instruments/{instrumentId}"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(detail.GetProperty("status").GetString(), Is.EqualTo("Approved"));
            Assert.That(detail.GetProperty("certificate").GetProperty("certificateNo").GetString(), Is.EqualTo(certificate.GetProperty("certificateNo").GetString()));
            Assert.That(instrument.GetProperty("lastVerifiedOn").GetString(), Is.EqualTo(performedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(instrument.GetProperty("nextDueOn").GetString(), Is.EqualTo(performedOn.AddMonths(12).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(instrument.GetProperty("certificates").EnumerateArray().Select(c => c.GetProperty("certificateNo").GetString()), Is.EqualTo(new[] { certificate.GetProperty("certificateNo").GetString() }));
        });
    }

    [Test]
    public async Task The_certificate_pdf_is_the_same_bytes_every_time_and_reads_back()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.ReviewedWorkOrderAsync();
        var certificate = await Expect.JsonAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{workOrder}/approve", new { }), 200);
        var number = certificate.GetProperty("certificateNo").GetString()!;

        var first = await bench.Reception.GetAsync($"/api/certificates/{number}/pdf");
        await Expect.StatusAsync(first, 200);
        Assert.That(first.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        var bytes = await first.Content.ReadAsByteArrayAsync();
        var again = await (await bench.Reception.GetAsync($"/api/certificates/{number}/pdf")).Content.ReadAsByteArrayAsync();
        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(bytes));
            Assert.That(Convert.ToHexStringLower(SHA256.HashData(bytes)), Is.EqualTo(certificate.GetProperty("sha256").GetString()));
        });

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        var work = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/work-orders/{workOrder}"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain(number));
            Assert.That(text, Does.Contain("江门市蓬江区华润万家超市有限公司"));
            Assert.That(text, Does.Contain(work.GetProperty("serialNumber").GetString()));
            Assert.That(text, Does.Contain(bench.WeightSet), "the equipment used is named");
            Assert.That(text, Does.Contain(certificate.GetProperty("verificationCode").GetString()));
            Assert.That(text, Does.Contain("检定证书"));
        });
    }

    [Test]
    public async Task A_failing_verification_issues_a_result_notice_without_validity()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.ReviewedWorkOrderAsync(offset: 0.012m);
        var notice = await Expect.JsonAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{workOrder}/approve", new { }), 200);
        Assert.Multiple(() =>
        {
            Assert.That(notice.GetProperty("kind").GetString(), Is.EqualTo("VerificationResultNotice"));
            Assert.That(notice.GetProperty("certificateNo").GetString(), Is.EqualTo($"{bench.Lab}-TZ-{Year}-000001"));
            Assert.That(notice.GetProperty("validUntil").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(notice.GetProperty("conclusion").GetString(), Is.EqualTo("Fail"));
        });
        var detail = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/work-orders/{workOrder}"), 200);
        var instrument = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/instruments/{detail.GetProperty("instrumentId").GetGuid()}"), 200);
        Assert.That(instrument.GetProperty("nextDueOn").ValueKind, Is.EqualTo(JsonValueKind.Null), "a failed verification does not make the instrument legal to use");
    }

    [Test]
    public async Task A_calibration_issues_a_calibration_certificate()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.ReviewedWorkOrderAsync(service: "Calibration");
        var certificate = await Expect.JsonAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{workOrder}/approve", new { }), 200);
        Assert.Multiple(() =>
        {
            Assert.That(certificate.GetProperty("kind").GetString(), Is.EqualTo("CalibrationCertificate"));
            Assert.That(certificate.GetProperty("certificateNo").GetString(), Is.EqualTo($"{bench.Lab}-JZ-{Year}-000001"));
            Assert.That(certificate.GetProperty("validUntil").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public async Task Results_sent_again_before_review_become_a_new_version_and_the_old_stays_readable()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.WorkOrderAsync();
        await bench.AssignAsync(workOrder);
        await Expect.StatusAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(bench.WeightSet, offset: 0.001m)), 200);
        var second = await Expect.JsonAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(bench.WeightSet)), 200);
        var history = second.GetProperty("resultHistory").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(history.Select(h => h.GetProperty("number").GetInt32()), Is.EqualTo(new[] { 2, 1 }));
            Assert.That(second.GetProperty("results").GetProperty("number").GetInt32(), Is.EqualTo(2));
            Assert.That(history[1].GetProperty("points")[0].GetProperty("readings")[0].GetDecimal(), Is.EqualTo(0.501m));
        });
    }

    [Test]
    public async Task A_rejected_review_sends_the_work_back_to_the_technician_with_the_comment()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.WorkOrderAsync();
        await bench.AssignAsync(workOrder);
        await Expect.StatusAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(bench.WeightSet)), 200);
        var rejected = await Expect.JsonAsync(await bench.Reviewer.PostAsJsonAsync($"/api/work-orders/{workOrder}/review", new { accept = false, comment = "15 kg 点读数缺失" }), 200);
        Assert.Multiple(() =>
        {
            Assert.That(rejected.GetProperty("status").GetString(), Is.EqualTo("Assigned"));
            Assert.That(rejected.GetProperty("reviewComment").GetString(), Is.EqualTo("15 kg 点读数缺失"));
        });
        await Expect.StatusAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(bench.WeightSet)), 200);
    }

    [Test]
    public async Task The_public_check_with_the_printed_code_shows_the_certificate_and_nothing_about_the_customer()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.ReviewedWorkOrderAsync();
        var certificate = await Expect.JsonAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{workOrder}/approve", new { }), 200);
        var number = certificate.GetProperty("certificateNo").GetString();
        var code = certificate.GetProperty("verificationCode").GetString();

        var anonymous = Host.Anonymous();
        var check = await Expect.JsonAsync(await anonymous.GetAsync($"/api/public/certificates/{number}?code={code}"), 200);
        var fields = check.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(check.GetProperty("status").GetString(), Is.EqualTo("Valid"));
            Assert.That(check.GetProperty("instrumentType").GetString(), Is.EqualTo("电子计价秤"));
            Assert.That(fields, Is.EquivalentTo(new[] { "certificateNo", "status", "kind", "instrumentType", "serialNumber", "issuedOn", "validUntil", "laboratory", "supersededBy" }));
            Assert.That(check.GetProperty("supersededBy").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
            Assert.That(check.ToString(), Does.Not.Contain("华润万家"));
        });
        await Expect.ProblemAsync(await anonymous.GetAsync($"/api/public/certificates/{number}?code=WRONG-CODE"), 404, "not-found");
        await Expect.ProblemAsync(await anonymous.GetAsync($"/api/public/certificates/{number}"), 404, "not-found");
        await Expect.ProblemAsync(await anonymous.GetAsync($"/api/public/certificates/XX-JD-2026-999999?code={code}"), 404, "not-found");
    }
}
