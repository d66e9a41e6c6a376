using System.Net.Http.Json;
using System.Text.Json;
using Lims.Api.Tests.Support;
using Lims.Api.Tests.WorkOrders;

namespace Lims.Api.Tests.Scope;

/// <summary>
/// Rule 12 on the bench: a county laboratory's submissions, work orders and certificates do not
/// exist for another laboratory (404, never listed), the City quality manager reads them and
/// changes none, and work stays inside its laboratory (422 with its own code).
/// </summary>
public sealed class WorkScopeTests(string database) : ApiTest(database)
{
    private static readonly string[] AllBenchRoles = ["Reception", "Technician", "Reviewer", "Approver", "QualityManager"];

    /// <summary>A county bench with a certificate issued (an amendment of it asked for), a work order registered and its submission.</summary>
    private sealed record CountyWork(WorkBench Bench, Guid Submission, Guid OpenWorkOrder, Guid ApprovedWorkOrder, string CertificateNo, Guid Instrument, Guid Change);

    private async Task<CountyWork> CountyWorkAsync()
    {
        var bench = await WorkBench.ArrangeAsync(Host, level: "County");
        var approved = await bench.ReviewedWorkOrderAsync();
        var certificate = await Expect.JsonAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{approved}/approve", new { }), 200);
        var open = await bench.WorkOrderAsync();
        var detail = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/work-orders/{open}"), 200);
        var submissions = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/submissions?customerId={bench.Customer}"), 200);
        var submission = submissions.GetProperty("items")[0].GetProperty("id").GetGuid();
        var instrument = (await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/work-orders/{approved}"), 200)).GetProperty("instrumentId").GetGuid();
        var number = certificate.GetProperty("certificateNo").GetString()!;
        var change = await Expect.JsonAsync(await bench.QualityManager.PostAsJsonAsync($"/api/certificates/{number}/amend", new { reason = "型号笔误", corrections = new { model = "ACS-30" } }), 201);
        Assert.That(detail.GetProperty("laboratoryCode").GetString(), Is.EqualTo(bench.Lab));
        return new CountyWork(bench, submission, open, approved, number, instrument, change.GetProperty("id").GetGuid());
    }

    private async Task<HttpClient> UserOfNewLaboratoryAsync(string level, params string[] roles) =>
        await Host.SignInNewUserInAsync(await new ReceptionDesk(Admin).LaboratoryAsync(level), roles);

    private static IEnumerable<string> Reads(CountyWork work) =>
    [
        $"/api/submissions/{work.Submission}",
        $"/api/submissions/{work.Submission}/receipt",
        $"/api/work-orders/{work.OpenWorkOrder}",
        $"/api/work-orders/{work.ApprovedWorkOrder}",
        $"/api/certificates/{work.CertificateNo}",
        $"/api/certificates/{work.CertificateNo}/pdf",
        $"/api/traceability/certificates/{work.CertificateNo}",
        $"/api/certificate-changes/{work.Change}",
    ];

    private static IEnumerable<(string Path, object Body)> Actions(CountyWork work) =>
    [
        ($"/api/submissions/{work.Submission}/return", new { }),
        ($"/api/work-orders/{work.OpenWorkOrder}/assign", new { technician = work.Bench.TechnicianName }),
        ($"/api/work-orders/{work.OpenWorkOrder}/results", WorkBench.Results(work.Bench.WeightSet)),
        ($"/api/work-orders/{work.OpenWorkOrder}/review", new { accept = true }),
        ($"/api/work-orders/{work.OpenWorkOrder}/approve", new { }),
        ($"/api/work-orders/{work.OpenWorkOrder}/cancel", new { reason = "撤回" }),
        ($"/api/certificates/{work.CertificateNo}/revoke", new { reason = "x" }),
        ($"/api/certificates/{work.CertificateNo}/amend", new { reason = "x", corrections = new { model = "y" } }),
        ($"/api/certificate-changes/{work.Change}/approve", new { }),
        ($"/api/certificate-changes/{work.Change}/refuse", new { comment = "不同意" }),
    ];

    private static async Task<IReadOnlyList<int>> TotalsAsync(HttpClient client, CountyWork work) =>
    [
        (await Expect.JsonAsync(await client.GetAsync($"/api/submissions?customerId={work.Bench.Customer}"), 200)).GetProperty("total").GetInt32(),
        (await Expect.JsonAsync(await client.GetAsync($"/api/work-orders?laboratoryCode={work.Bench.Lab}"), 200)).GetProperty("total").GetInt32(),
        (await Expect.JsonAsync(await client.GetAsync($"/api/certificates?customerId={work.Bench.Customer}"), 200)).GetProperty("total").GetInt32(),
        (await Expect.JsonAsync(await client.GetAsync($"/api/instruments/{work.Instrument}"), 200)).GetProperty("certificates").GetArrayLength(),
        (await Expect.JsonAsync(await client.GetAsync($"/api/certificate-changes?certificateNo={work.CertificateNo}"), 200)).GetProperty("total").GetInt32(),
    ];

    [Test]
    public async Task Another_laboratorys_work_does_not_exist_for_a_county_user_with_every_role()
    {
        var work = await CountyWorkAsync();
        var other = await UserOfNewLaboratoryAsync("County", AllBenchRoles);

        foreach (var path in Reads(work))
        {
            await Expect.ProblemAsync(await other.GetAsync(path), 404, "not-found");
        }

        foreach (var (path, body) in Actions(work))
        {
            await Expect.ProblemAsync(await other.PostAsJsonAsync(path, body), 404, "not-found");
        }

        Assert.That(await TotalsAsync(other, work), Is.EqualTo(new[] { 0, 0, 0, 0, 0 }), "not listed, not counted");
    }

    [Test]
    public async Task A_City_user_who_is_no_quality_manager_sees_none_of_a_countys_work()
    {
        var work = await CountyWorkAsync();
        var city = await UserOfNewLaboratoryAsync("City", "Reception", "Technician", "Reviewer", "Approver");

        foreach (var path in Reads(work))
        {
            await Expect.ProblemAsync(await city.GetAsync(path), 404, "not-found");
        }

        Assert.That(await TotalsAsync(city, work), Is.EqualTo(new[] { 0, 0, 0, 0, 0 }));
    }

    [Test]
    public async Task The_City_quality_manager_reads_a_countys_work_and_changes_none_of_it()
    {
        var work = await CountyWorkAsync();
        var cityQuality = await UserOfNewLaboratoryAsync("City", AllBenchRoles);

        foreach (var path in Reads(work))
        {
            await Expect.StatusAsync(await cityQuality.GetAsync(path), 200);
        }

        Assert.That(await TotalsAsync(cityQuality, work), Is.EqualTo(new[] { 2, 2, 1, 1, 1 }));
        foreach (var (path, body) in Actions(work))
        {
            await Expect.ProblemAsync(await cityQuality.PostAsJsonAsync(path, body), 403, "read-only-outside-laboratory");
        }

        var unchanged = await Expect.JsonAsync(await work.Bench.Reception.GetAsync($"/api/work-orders/{work.OpenWorkOrder}"), 200);
        Assert.That(unchanged.GetProperty("status").GetString(), Is.EqualTo("Registered"));
    }

    [Test]
    public async Task The_laboratorys_own_users_read_and_count_their_work()
    {
        var work = await CountyWorkAsync();

        Assert.That(await TotalsAsync(work.Bench.QualityManager, work), Is.EqualTo(new[] { 2, 2, 1, 1, 1 }));
    }

    [Test]
    public async Task A_work_order_is_assigned_only_to_a_technician_of_its_laboratory()
    {
        var bench = await WorkBench.ArrangeAsync(Host, level: "County");
        var other = await WorkBench.ArrangeAsync(Host, level: "County");
        var workOrder = await bench.WorkOrderAsync();

        var refused = await bench.Reception.PostAsJsonAsync($"/api/work-orders/{workOrder}/assign", new { technician = other.TechnicianName });

        var problem = await Expect.ProblemAsync(refused, 422, "technician-of-another-laboratory");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(bench.Lab));
    }

    [Test]
    public async Task Results_cite_only_the_equipment_of_the_work_orders_laboratory()
    {
        var bench = await WorkBench.ArrangeAsync(Host, level: "County");
        var other = await WorkBench.ArrangeAsync(Host, level: "County");
        var workOrder = await bench.WorkOrderAsync();
        await bench.AssignAsync(workOrder);

        var refused = await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(other.WeightSet));

        var problem = await Expect.ProblemAsync(refused, 422, "equipment-of-another-laboratory");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(other.WeightSet));
        var detail = await Expect.JsonAsync(await bench.Technician.GetAsync($"/api/work-orders/{workOrder}"), 200);
        Assert.That(detail.GetProperty("resultHistory").GetArrayLength(), Is.Zero, "nothing recorded");
    }

    [Test]
    public async Task Equipment_uses_replaced_by_new_results_are_in_the_audit_trail()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var second = await bench.Standards.CalibratedWeightSetAsync();
        var workOrder = await bench.WorkOrderAsync();
        await bench.AssignAsync(workOrder);
        await Expect.StatusAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(bench.WeightSet)), 200);

        await Expect.StatusAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(second)), 200);

        var trail = await Expect.JsonAsync(await bench.QualityManager.GetAsync("/api/audit?entity=EquipmentUse&pageSize=200"), 200);
        var lines = trail.GetProperty("items").EnumerateArray().Where(l => Mentions(l, workOrder)).Reverse().ToList();
        Assert.That(lines.Select(l => l.GetProperty("action").GetString()), Is.EquivalentTo(new[] { "Insert", "Delete", "Insert" }), "the first use, its removal, the second use");
    }

    private static bool Mentions(JsonElement line, Guid workOrder) =>
        line.GetProperty("changes").TryGetProperty("workOrderId", out var change)
        && change.EnumerateObject().Any(side => side.Value.ValueKind == JsonValueKind.String && side.Value.GetGuid() == workOrder);
}
