using System.Net.Http.Json;
using System.Text.Json;
using Lims.Api.Tests.Support;
using Lims.Api.Tests.WorkOrders;

namespace Lims.Api.Tests.Standards;

/// <summary>
/// Rule 13 after an out-of-tolerance finding: each affected certificate's customer is marked told,
/// one by one, with how, when and by whom, and the impact list shows who is still to be told.
/// </summary>
public sealed class CustomerNoticeTests(string database) : ApiTest(database)
{
    private static DateOnly Today => StandardsData.Today;

    /// <summary>Two certificates issued with the bench's weight set, which is then found out of tolerance.</summary>
    private static async Task<(WorkBench Bench, string[] Certificates)> AffectedAsync(ApiHost host)
    {
        var bench = await WorkBench.ArrangeAsync(host, level: "County");
        var certificates = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var workOrder = await bench.ReviewedWorkOrderAsync();
            var issued = await Expect.JsonAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{workOrder}/approve", new { }), 200);
            certificates.Add(issued.GetProperty("certificateNo").GetString()!);
        }

        await Expect.StatusAsync(await bench.QualityManager.PostAsJsonAsync($"/api/equipment/{bench.WeightSet}/out-of-tolerance", new { foundOn = StandardsData.Iso(Today), reason = "期间核查超差" }), 200);
        return (bench, [.. certificates]);
    }

    private static object Told(WorkBench bench, string certificateNo, string how = "Phone", DateOnly? toldOn = null) =>
        new { assetNo = bench.WeightSet, certificateNo, how, toldOn = StandardsData.Iso(toldOn ?? Today), note = "已电话告知吴科长，约定重新检定" };

    private static async Task<JsonElement> ImpactAsync(WorkBench bench) =>
        await Expect.JsonAsync(await bench.QualityManager.GetAsync($"/api/traceability/impact?assetNo={bench.WeightSet}"), 200);

    [Test]
    public async Task Each_customer_marked_told_leaves_the_impact_list_of_those_still_to_be_told()
    {
        var (bench, certificates) = await AffectedAsync(Host);
        var before = await ImpactAsync(bench);

        var told = await Expect.JsonAsync(await bench.QualityManager.PostAsJsonAsync("/api/traceability/impact/notices", Told(bench, certificates[0], "Letter", Today.AddDays(-1))), 201);

        var after = await ImpactAsync(bench);
        var rows = after.GetProperty("workOrders").EnumerateArray().ToDictionary(w => w.GetProperty("certificateNo").GetString()!, w => w.GetProperty("told"));
        Assert.Multiple(() =>
        {
            Assert.That(before.GetProperty("stillToTell").GetInt32(), Is.EqualTo(2));
            Assert.That(after.GetProperty("stillToTell").GetInt32(), Is.EqualTo(1));
            Assert.That(told.GetProperty("toldBy").GetString(), Is.EqualTo(bench.Standards.QualityName));
            Assert.That(rows[certificates[0]].GetProperty("how").GetString(), Is.EqualTo("Letter"));
            Assert.That(rows[certificates[0]].GetProperty("toldOn").GetString(), Is.EqualTo(StandardsData.Iso(Today.AddDays(-1))));
            Assert.That(rows[certificates[0]].GetProperty("toldBy").GetString(), Is.EqualTo(bench.Standards.QualityName));
            Assert.That(rows[certificates[1]].ValueKind, Is.EqualTo(JsonValueKind.Null), "still to be told");
        });
        var trail = await Expect.JsonAsync(await bench.QualityManager.GetAsync("/api/audit?entity=CustomerNotice&pageSize=200"), 200);
        Assert.That(trail.GetProperty("items").EnumerateArray().Count(l => l.GetProperty("changes").GetRawText().Contains(certificates[0], StringComparison.Ordinal)), Is.EqualTo(1), "audited");
    }

    [Test]
    public async Task A_customer_is_marked_told_once_and_not_in_the_future()
    {
        var (bench, certificates) = await AffectedAsync(Host);

        await Expect.ProblemAsync(await bench.QualityManager.PostAsJsonAsync("/api/traceability/impact/notices", Told(bench, certificates[0], toldOn: Today.AddDays(1))), 422, "told-on-in-future");
        await Expect.StatusAsync(await bench.QualityManager.PostAsJsonAsync("/api/traceability/impact/notices", Told(bench, certificates[0], "Email")), 201);
        await Expect.ProblemAsync(await bench.QualityManager.PostAsJsonAsync("/api/traceability/impact/notices", Told(bench, certificates[0])), 409, "already-told");
        await Expect.ValidationErrorsAsync(await bench.QualityManager.PostAsJsonAsync("/api/traceability/impact/notices", new { assetNo = bench.WeightSet, certificateNo = certificates[1] }), "how");

        Assert.That((await ImpactAsync(bench)).GetProperty("stillToTell").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_certificate_whose_results_did_not_use_the_equipment_is_not_affected()
    {
        var (bench, certificates) = await AffectedAsync(Host);
        var other = await bench.Standards.CalibratedWeightSetAsync();

        var refused = await bench.QualityManager.PostAsJsonAsync("/api/traceability/impact/notices", new { assetNo = other, certificateNo = certificates[0], how = "Phone" });

        await Expect.ProblemAsync(refused, 422, "certificate-not-affected");
    }

    [Test]
    public async Task Another_laboratory_marks_none_of_its_customers_told_and_the_City_quality_manager_only_reads()
    {
        var (bench, certificates) = await AffectedAsync(Host);
        var other = await new StandardsData(Host, "County").ArrangeAsync();
        var cityQuality = await Host.SignInNewUserInAsync(await new ReceptionDesk(Admin).LaboratoryAsync("City"), "QualityManager");

        await Expect.ProblemAsync(await other.Quality.PostAsJsonAsync("/api/traceability/impact/notices", Told(bench, certificates[0])), 404, "not-found");
        await Expect.ProblemAsync(await cityQuality.PostAsJsonAsync("/api/traceability/impact/notices", Told(bench, certificates[0])), 403, "read-only-outside-laboratory");

        var impact = await Expect.JsonAsync(await cityQuality.GetAsync($"/api/traceability/impact?assetNo={bench.WeightSet}"), 200);
        Assert.That(impact.GetProperty("stillToTell").GetInt32(), Is.EqualTo(2));
    }
}
