using System.Net.Http.Json;
using System.Text.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Standards;

public sealed class TraceabilityAuditTests(string database) : ApiTest(database)
{
    private static DateOnly Today => StandardsData.Today;

    [Test]
    public async Task The_audit_lists_every_broken_link_of_a_laboratory_with_what_to_do()
    {
        // The standard's assessment expires in three months: within the six-month warning.
        var data = await new StandardsData(Host).ArrangeAsync(assessmentValidUntil: Today.AddMonths(3));
        var good = await data.CalibratedWeightSetAsync();
        var never = await data.WeightSetAsync();
        var expired = await data.WeightSetAsync();
        await Expect.StatusAsync(await data.CalibrateAsync(expired, Today.AddYears(-2), Today.AddYears(-1)), 201);
        var station = StandardsData.Code("EXT");
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/reference-standards", new { code = station, name = "某计量站砝码标准", holder = "某计量站", kind = "ExternalStandard" }), 201);
        var orphan = await data.WeightSetAsync();
        await Expect.StatusAsync(await data.CalibrateAsync(orphan, Today.AddMonths(-1), Today.AddMonths(11), tracesTo: station), 201);

        var page = await Expect.JsonAsync(await data.Quality.GetAsync($"/api/traceability/audit?laboratoryCode={data.Lab}"), 200);

        var findings = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(page.GetProperty("total").GetInt32(), Is.EqualTo(4));
            Assert.That(KindOf(findings, never), Is.EqualTo("NoCalibration"));
            Assert.That(KindOf(findings, expired), Is.EqualTo("CalibrationExpired"));
            Assert.That(KindOf(findings, orphan), Is.EqualTo("ChainBroken"));
            Assert.That(KindOf(findings, data.Standard), Is.EqualTo("AssessmentExpiring"));
            Assert.That(findings.Any(f => f.GetProperty("subject").GetString()!.StartsWith(good, StringComparison.Ordinal)), Is.False);
            Assert.That(findings.All(f => f.GetProperty("action").GetString()!.Length > 0 && f.GetProperty("detail").GetString()!.Length > 0), Is.True);
        });
    }

    [Test]
    public async Task An_expired_assessment_is_a_finding_of_its_own_and_pages_are_honoured()
    {
        var data = await new StandardsData(Host).ArrangeAsync(assessmentValidUntil: Today.AddDays(-1));
        await data.WeightSetAsync();

        var page = await Expect.JsonAsync(await data.Quality.GetAsync($"/api/traceability/audit?laboratoryCode={data.Lab}&pageSize=1&page=2"), 200);

        Assert.Multiple(() =>
        {
            Assert.That(page.GetProperty("total").GetInt32(), Is.EqualTo(2));
            Assert.That(page.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
            Assert.That(page.GetProperty("items")[0].GetProperty("kind").GetString(), Is.EqualTo("AssessmentExpired"));
            Assert.That(page.GetProperty("items")[0].GetProperty("action").GetString(), Does.Contain("复查"));
        });
    }

    private static string? KindOf(List<JsonElement> findings, string subject) =>
        findings.SingleOrDefault(f => f.GetProperty("subject").GetString()!.StartsWith(subject, StringComparison.Ordinal)).GetProperty("kind").GetString();
}
