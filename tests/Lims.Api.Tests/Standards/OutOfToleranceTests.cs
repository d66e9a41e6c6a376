using System.Net.Http.Json;
using Lims.Api.Tests.Support;
using Lims.Domain.Standards;
using Lims.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Api.Tests.Standards;

public sealed class OutOfToleranceTests(string database) : ApiTest(database)
{
    private static DateOnly Today => StandardsData.Today;

    [Test]
    public async Task An_out_of_tolerance_weight_set_lists_the_work_orders_since_its_last_passing_calibration()
    {
        var bench = await WorkOrders.WorkBench.ArrangeAsync(Host);
        var data = bench.Standards;
        var assetNo = await data.WeightSetAsync();
        await Expect.StatusAsync(await data.CalibrateAsync(assetNo, Today.AddYears(-1).AddMonths(-6), Today.AddMonths(-6).AddDays(-1), certificateNo: "GDJL-OLD"), 201);
        await Expect.StatusAsync(await data.CalibrateAsync(assetNo, Today.AddMonths(-6), Today.AddMonths(6), certificateNo: "GDJL-NEW"), 201);
        var before = await bench.WorkOrderAsync();
        var after = new[] { await bench.WorkOrderAsync(), await bench.WorkOrderAsync() };
        await RecordUsesAsync(assetNo, (before, Today.AddMonths(-7)), (after[0], Today.AddMonths(-6)), (after[1], Today.AddDays(-3)));

        var response = await bench.QualityManager.PostAsJsonAsync($"/api/equipment/{assetNo}/out-of-tolerance", new { foundOn = StandardsData.Iso(Today.AddDays(-1)), reason = "500 g 砝码期间核查超出最大允许误差" });

        var impact = await Expect.JsonAsync(response, 200);
        var workOrders = impact.GetProperty("workOrders").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(impact.GetProperty("status").GetString(), Is.EqualTo("OutOfTolerance"));
            Assert.That(impact.GetProperty("from").GetString(), Is.EqualTo(StandardsData.Iso(Today.AddMonths(-6))));
            Assert.That(impact.GetProperty("to").GetString(), Is.EqualTo(StandardsData.Iso(Today)));
            Assert.That(impact.GetProperty("window").GetString(), Does.Contain("GDJL-NEW"));
            Assert.That(workOrders.Select(w => w.GetProperty("workOrderId").GetGuid()), Is.EqualTo(after));
            Assert.That(workOrders.Select(w => w.GetProperty("calibrationCertificateNo").GetString()), Is.All.EqualTo("GDJL-NEW"));
        });
        var equipment = await Expect.JsonAsync(await bench.QualityManager.GetAsync($"/api/equipment/{assetNo}"), 200);
        Assert.That(equipment.GetProperty("statusReason").GetString(), Is.EqualTo("500 g 砝码期间核查超出最大允许误差"));
        var audit = await Expect.JsonAsync(await bench.QualityManager.GetAsync($"/api/audit?entity=Equipment&key={assetNo}"), 200);
        Assert.That(audit.GetProperty("items").EnumerateArray().Any(a => a.GetProperty("changes").GetRawText().Contains("OutOfTolerance", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public async Task The_impact_window_can_be_chosen_and_a_second_report_is_refused()
    {
        var bench = await WorkOrders.WorkBench.ArrangeAsync(Host);
        var assetNo = bench.WeightSet;
        var early = await bench.WorkOrderAsync();
        var late = await bench.WorkOrderAsync();
        await RecordUsesAsync(assetNo, (early, Today.AddMonths(-2)), (late, Today.AddDays(-1)));
        await Expect.StatusAsync(await bench.QualityManager.PostAsJsonAsync($"/api/equipment/{assetNo}/out-of-tolerance", new { foundOn = StandardsData.Iso(Today), reason = "超差" }), 200);

        var impact = await Expect.JsonAsync(await bench.QualityManager.GetAsync($"/api/traceability/impact?assetNo={assetNo}&from={StandardsData.Iso(Today.AddMonths(-3))}&to={StandardsData.Iso(Today.AddMonths(-1))}"), 200);

        Assert.That(impact.GetProperty("workOrders").EnumerateArray().Select(w => w.GetProperty("workOrderId").GetGuid()), Is.EqualTo(new[] { early }));
        var again = await bench.QualityManager.PostAsJsonAsync($"/api/equipment/{assetNo}/out-of-tolerance", new { foundOn = StandardsData.Iso(Today), reason = "再次超差" });
        await Expect.ProblemAsync(again, 422, "already-out-of-tolerance");
    }

    [Test]
    public async Task Bad_impact_queries_and_bodies_are_400_by_field()
    {
        await Expect.ValidationErrorsAsync(await Admin.GetAsync("/api/traceability/impact?from=2026-05-01&to=2026-04-01"), "assetNo", "to");
        await Expect.ValidationErrorsAsync(await Admin.PostAsJsonAsync("/api/equipment/ANY/out-of-tolerance", new { reason = "" }), "foundOn", "reason");
    }

    [Test]
    public async Task Out_of_tolerance_found_tomorrow_is_422()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var assetNo = await data.CalibratedWeightSetAsync();
        var response = await data.Quality.PostAsJsonAsync($"/api/equipment/{assetNo}/out-of-tolerance", new { foundOn = StandardsData.Iso(Today.AddDays(1)), reason = "超差" });
        await Expect.ProblemAsync(response, 422, "found-on-in-future");
    }

    /// <summary>
    /// Uses months in the past: results recorded through HTTP are dated between intake (today) and
    /// today, so these historical uses of real work orders are written straight into the database.
    /// The HTTP path that writes them is tested in WorkOrders/CertificateTraceabilityTests.
    /// </summary>
    private async Task RecordUsesAsync(string assetNo, params (Guid WorkOrderId, DateOnly PerformedOn)[] uses)
    {
        using var scope = Host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
        var equipment = await db.Equipment.Include(e => e.Calibrations).SingleAsync(e => e.AssetNo == assetNo);
        db.EquipmentUses.AddRange(uses.Select(u => new EquipmentUse(u.WorkOrderId, equipment.Id, equipment.CalibrationOn(u.PerformedOn)?.Id, u.PerformedOn)));
        await db.SaveChangesAsync();
    }
}
