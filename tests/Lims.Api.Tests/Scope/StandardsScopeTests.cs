using System.Net.Http.Json;
using System.Text.Json;
using Lims.Api.Tests.Recall;
using Lims.Api.Tests.Standards;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Scope;

/// <summary>
/// Rule 12 for a laboratory's standards, equipment and their calibrations, traceability, impact,
/// reminders, audit trail and report: another laboratory's do not exist (404, never listed), the
/// City quality manager reads them and changes none, and a quality manager registers standards and
/// equipment in their own laboratory only.
/// </summary>
public sealed class StandardsScopeTests(string database) : ApiTest(database)
{
    private static DateOnly Today => StandardsData.Today;

    /// <summary>A county standard with a calibrated weight set.</summary>
    private async Task<(StandardsData Lab, string AssetNo)> CountyStandardAsync()
    {
        var lab = await new StandardsData(Host, "County").ArrangeAsync();
        return (lab, await lab.CalibratedWeightSetAsync());
    }

    private static IEnumerable<string> Reads(StandardsData lab, string assetNo) =>
    [
        $"/api/standards/{lab.Standard}",
        $"/api/equipment/{assetNo}",
        $"/api/traceability/equipment/{assetNo}",
        $"/api/traceability/impact?assetNo={assetNo}",
        $"/api/traceability/audit?laboratoryCode={lab.Lab}",
        $"/api/reports/kpi?year={Today.Year}&laboratoryCode={lab.Lab}",
    ];

    private static IEnumerable<(string Path, object Body)> Actions(string assetNo) =>
    [
        ($"/api/equipment/{assetNo}/calibrations", new { certificateNo = StandardsData.Code("GDJL"), issuedBy = "广东省计量科学研究院", calibratedOn = StandardsData.Iso(Today), validUntil = StandardsData.Iso(Today.AddYears(1)), expandedUncertainty = "0.05 mg", conformity = "Pass", tracesTo = "X" }),
        ($"/api/equipment/{assetNo}/out-of-tolerance", new { foundOn = StandardsData.Iso(Today), reason = "期间核查超差" }),
    ];

    private static async Task<IReadOnlyList<int>> TotalsAsync(HttpClient client, StandardsData lab, string assetNo) =>
    [
        (await Expect.JsonAsync(await client.GetAsync($"/api/standards?laboratoryCode={lab.Lab}"), 200)).GetProperty("total").GetInt32(),
        (await Expect.JsonAsync(await client.GetAsync($"/api/equipment?standardCode={lab.Standard}"), 200)).GetProperty("total").GetInt32(),
        (await Expect.JsonAsync(await client.GetAsync($"/api/audit?entity=Equipment&key={assetNo}"), 200)).GetProperty("total").GetInt32(),
    ];

    [Test]
    public async Task Another_laboratorys_standards_and_equipment_do_not_exist_for_a_county_quality_manager()
    {
        var (lab, assetNo) = await CountyStandardAsync();
        var other = await new StandardsData(Host, "County").ArrangeAsync();

        foreach (var path in Reads(lab, assetNo))
        {
            await Expect.ProblemAsync(await other.Quality.GetAsync(path), 404, "not-found");
        }

        foreach (var (path, body) in Actions(assetNo))
        {
            await Expect.ProblemAsync(await other.Quality.PostAsJsonAsync(path, body), 404, "not-found");
        }

        Assert.That(await TotalsAsync(other.Quality, lab, assetNo), Is.EqualTo(new[] { 0, 0, 0 }), "not listed, not counted");
    }

    [Test]
    public async Task The_City_quality_manager_reads_a_countys_standards_and_changes_none()
    {
        var (lab, assetNo) = await CountyStandardAsync();
        var cityQuality = await Host.SignInNewUserInAsync(await new ReceptionDesk(Admin).LaboratoryAsync("City"), "QualityManager");

        foreach (var path in Reads(lab, assetNo))
        {
            await Expect.StatusAsync(await cityQuality.GetAsync(path), 200);
        }

        Assert.That(await TotalsAsync(cityQuality, lab, assetNo), Is.EqualTo(await TotalsAsync(lab.Quality, lab, assetNo)), "as many as the laboratory's own");
        foreach (var (path, body) in Actions(assetNo))
        {
            await Expect.ProblemAsync(await cityQuality.PostAsJsonAsync(path, body), 403, "read-only-outside-laboratory");
        }

        var unchanged = await Expect.JsonAsync(await lab.Quality.GetAsync($"/api/equipment/{assetNo}"), 200);
        Assert.That(unchanged.GetProperty("status").GetString(), Is.EqualTo("InService"));
    }

    [Test]
    public async Task The_laboratorys_quality_manager_reads_and_counts_its_standards()
    {
        var (lab, assetNo) = await CountyStandardAsync();

        var totals = await TotalsAsync(lab.Quality, lab, assetNo);

        Assert.That(totals, Is.EqualTo(new[] { 1, 1, totals[2] }).And.All.Positive, "the standard, its weight set, the set's audit lines");
    }

    [Test]
    public async Task A_standard_is_registered_in_its_makers_laboratory()
    {
        var lab = await new StandardsData(Host, "County").ArrangeAsync();
        var other = await new StandardsData(Host, "County").ArrangeAsync();
        var code = StandardsData.Code("JMM");

        var refused = await lab.Quality.PostAsJsonAsync("/api/standards", Standard(code, other.Lab));
        var leftOut = await Expect.JsonAsync(await lab.Quality.PostAsJsonAsync("/api/standards", Standard(code, null)), 201);

        var problem = await Expect.ProblemAsync(refused, 422, "standard-for-another-laboratory");
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(lab.Lab));
            Assert.That(leftOut.GetProperty("laboratoryCode").GetString(), Is.EqualTo(lab.Lab), "left out: the maker's own");
        });
    }

    [Test]
    public async Task Equipment_is_registered_under_a_standard_of_the_makers_laboratory()
    {
        var (lab, _) = await CountyStandardAsync();
        var other = await new StandardsData(Host, "County").ArrangeAsync();
        var cityQuality = await Host.SignInNewUserInAsync(await new ReceptionDesk(Admin).LaboratoryAsync("City"), "QualityManager");

        await Expect.ProblemAsync(await other.Quality.PostAsJsonAsync("/api/equipment", Equipment(lab.Standard)), 422, "unknown-standard");
        var problem = await Expect.ProblemAsync(await cityQuality.PostAsJsonAsync("/api/equipment", Equipment(lab.Standard)), 422, "standard-of-another-laboratory");

        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(lab.Standard));
        Assert.That((await Expect.JsonAsync(await lab.Quality.GetAsync($"/api/equipment?standardCode={lab.Standard}"), 200)).GetProperty("total").GetInt32(), Is.EqualTo(1), "nothing registered");
    }

    [Test]
    public async Task A_county_quality_managers_report_is_their_laboratorys()
    {
        var lab = await new StandardsData(Host, "County").ArrangeAsync();

        var report = await Expect.JsonAsync(await lab.Quality.GetAsync($"/api/reports/kpi?year={Today.Year}"), 200);

        Assert.That(report.GetProperty("laboratoryCode").GetString(), Is.EqualTo(lab.Lab));
    }

    [Test]
    public async Task The_City_quality_manager_reads_the_whole_citys_report()
    {
        var cityQuality = await Host.SignInNewUserInAsync(await new ReceptionDesk(Admin).LaboratoryAsync("City"), "QualityManager");

        var report = await Expect.JsonAsync(await cityQuality.GetAsync($"/api/reports/kpi?year={Today.Year}"), 200);

        Assert.That(report.GetProperty("laboratoryCode").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task A_laboratorys_equipment_reminders_are_seen_by_its_own_people_only()
    {
        var lab = await new StandardsData(Host, "County").ArrangeAsync();
        var assetNo = await lab.WeightSetAsync();
        await Expect.StatusAsync(await lab.CalibrateAsync(assetNo, Today.AddYears(-1).AddDays(-1), Today.AddDays(-1)), 201);
        var other = await new StandardsData(Host, "County").ArrangeAsync();
        await Host.RunRecallScanAsync();

        var seen = new[]
        {
            await RemindedAsync(lab.Quality, assetNo),
            await RemindedAsync(await Host.SignInNewUserInAsync(lab.Lab, "Reception"), assetNo),
            await RemindedAsync(other.Quality, assetNo),
        };

        Assert.That(seen, Is.EqualTo(new[] { true, true, false }), "its quality manager, its reception, another county's quality manager");
    }

    private static async Task<bool> RemindedAsync(HttpClient client, string assetNo)
    {
        var page = await Expect.JsonAsync(await client.GetAsync("/api/notifications?kind=EquipmentCalibrationExpired&pageSize=200"), 200);
        return page.GetProperty("items").EnumerateArray().Any(n => n.GetProperty("subjectKey").GetString() == assetNo);
    }

    private static object Standard(string code, string? laboratoryCode) => new
    {
        code,
        name = "E2等级砝码标准装置",
        laboratoryCode,
        assessmentCertificateNo = "[2024]粤量标台法证字第002号",
        assessmentValidUntil = StandardsData.Iso(Today.AddYears(2)),
        isPublicStandard = false,
        procedureCodes = new[] { StandardsData.Scale },
    };

    private static object Equipment(string standardCode) =>
        new { assetNo = StandardsData.Code("ZC"), name = "E2等级砝码组", manufacturer = "上海衡器厂", model = "E2-500", serialNumber = "2301458", standardCode };
}
