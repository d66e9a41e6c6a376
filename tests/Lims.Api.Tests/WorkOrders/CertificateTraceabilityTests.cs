using System.Net.Http.Json;
using Lims.Api.Tests.Standards;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.WorkOrders;

/// <summary>Rules 6 and 7 once certificates exist: the chain of a certificate, and who to tell when a standard fails.</summary>
public sealed class CertificateTraceabilityTests(string database) : ApiTest(database)
{
    [Test]
    public async Task A_certificate_traces_through_the_weight_set_to_the_national_kilogram()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.ReviewedWorkOrderAsync();
        var certificate = await Expect.JsonAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{workOrder}/approve", new { }), 200);
        var number = certificate.GetProperty("certificateNo").GetString();

        var chain = await Expect.JsonAsync(await bench.QualityManager.GetAsync($"/api/traceability/certificates/{number}"), 200);
        var equipment = chain.GetProperty("equipment").EnumerateArray().Single();
        var links = equipment.GetProperty("links").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(chain.GetProperty("valid").GetBoolean(), Is.True);
            Assert.That(equipment.GetProperty("assetNo").GetString(), Is.EqualTo(bench.WeightSet));
            Assert.That(links.Select(l => l.GetProperty("kind").GetString()), Is.EqualTo(new[] { "Equipment", "MeasurementStandard", "Calibration", "ReferenceStandard", "ReferenceStandard" }));
            Assert.That(links[^1].GetProperty("code").GetString(), Is.EqualTo(bench.Standards.Kilogram));
        });
        await Expect.ProblemAsync(await bench.QualityManager.GetAsync("/api/traceability/certificates/XX-JD-2026-000001"), 404, "not-found");
    }

    [Test]
    public async Task A_weight_set_found_out_of_tolerance_names_the_certificates_and_customers_to_notify()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var issued = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var workOrder = await bench.ReviewedWorkOrderAsync();
            issued.Add((await Expect.JsonAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{workOrder}/approve", new { }), 200)).GetProperty("certificateNo").GetString()!);
        }

        var inProgress = await bench.WorkOrderAsync();
        await bench.AssignAsync(inProgress);
        await Expect.StatusAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{inProgress}/results", WorkBench.Results(bench.WeightSet)), 200);

        var impact = await Expect.JsonAsync(await bench.QualityManager.PostAsJsonAsync($"/api/equipment/{bench.WeightSet}/out-of-tolerance", new { foundOn = StandardsData.Iso(WorkBench.Today), reason = "期间核查发现 500 g 砝码超差" }), 200);
        var affected = impact.GetProperty("workOrders").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(affected, Has.Count.EqualTo(3));
            Assert.That(affected.Where(a => a.GetProperty("certificateNo").GetString() is not null).Select(a => a.GetProperty("certificateNo").GetString()), Is.EquivalentTo(issued));
            Assert.That(affected.Select(a => a.GetProperty("customerName").GetString()), Is.All.EqualTo("江门市蓬江区华润万家超市有限公司"));
            Assert.That(affected.Select(a => a.GetProperty("phone").GetString()), Is.All.EqualTo("0750-3123456"));
        });

        var audit = await Expect.JsonAsync(await bench.QualityManager.GetAsync($"/api/traceability/audit?laboratoryCode={bench.Lab}&pageSize=200"), 200);
        var flagged = audit.GetProperty("items").EnumerateArray()
            .Where(f => f.GetProperty("kind").GetString() == "CertificateWithInvalidEquipment")
            .Select(f => f.GetProperty("subject").GetString());
        Assert.That(flagged, Is.EquivalentTo(issued));

        var chain = await Expect.JsonAsync(await bench.QualityManager.GetAsync($"/api/traceability/certificates/{issued[0]}"), 200);
        Assert.That(chain.GetProperty("valid").GetBoolean(), Is.False);
    }
}
