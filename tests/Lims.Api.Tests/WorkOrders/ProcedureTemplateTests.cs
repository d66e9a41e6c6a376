using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.WorkOrders;

/// <summary>
/// Rule 14 through the API: the shipped templates, a laboratory's own versions, the worksheet a
/// work order takes from its template (and keeps), and results refused when they leave out a point
/// or a test item or give a point another number of readings.
/// </summary>
public sealed class ProcedureTemplateTests(string database) : ApiTest(database)
{
    private const string ShippedScaleTemplate = "0190f1c0-0000-7000-8000-000000000539";

    private static string Templates => $"/api/procedures/{Uri.EscapeDataString(WorkBench.Procedure)}/templates";

    [Test]
    public async Task Every_new_database_holds_the_shipped_templates_and_a_laboratory_makes_versions_of_its_own()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var shipped = (await Expect.JsonAsync(await bench.QualityManager.GetAsync(Templates), 200)).EnumerateArray().Single(t => t.GetProperty("laboratoryCode").ValueKind == JsonValueKind.Null);
        Assert.Multiple(() =>
        {
            Assert.That(shipped.GetProperty("id").GetString(), Is.EqualTo(ShippedScaleTemplate));
            Assert.That(shipped.GetProperty("number").GetInt32(), Is.EqualTo(1));
            Assert.That(shipped.GetProperty("definition").GetProperty("basis").GetString(), Does.StartWith("JJG 539-2016"));
            Assert.That(shipped.GetProperty("definition").GetProperty("testItems").EnumerateArray().Select(i => i.GetProperty("code").GetString()),
                Is.EqualTo(new[] { "appearance", "zero", "weighing", "repeatability", "eccentricity" }));
        });

        var definition = JsonNode.Parse(shipped.GetProperty("definition").GetRawText())!.AsObject();
        definition["testItems"]![2]!["readingsPerPoint"] = 2;
        var made = await Expect.JsonAsync(await bench.QualityManager.PostAsJsonAsync(Templates, new { definition, version = 0 }), 201);
        Assert.Multiple(() =>
        {
            Assert.That(made.GetProperty("laboratoryCode").GetString(), Is.EqualTo(bench.Lab));
            Assert.That(made.GetProperty("number").GetInt32(), Is.EqualTo(1));
            Assert.That(made.GetProperty("basedOn").GetString(), Is.EqualTo(ShippedScaleTemplate));
        });
        await Expect.ProblemAsync(await bench.QualityManager.PostAsJsonAsync(Templates, new { definition, version = 0 }), 409, "stale-version");
        var second = await Expect.JsonAsync(await bench.QualityManager.PostAsJsonAsync(Templates, new { definition, version = 1 }), 201);
        Assert.That(second.GetProperty("number").GetInt32(), Is.EqualTo(2));
        var read = await Expect.JsonAsync(await bench.QualityManager.GetAsync($"/api/procedure-templates/{second.GetProperty("id").GetString()}"), 200);
        Assert.That(read.GetProperty("definition").GetProperty("testItems")[2].GetProperty("readingsPerPoint").GetInt32(), Is.EqualTo(2));

        // Another laboratory sees the shipped template only; the versions of the first are not its own.
        var county = await WorkBench.ArrangeAsync(Host, level: "County");
        var seen = await Expect.JsonAsync(await county.QualityManager.GetAsync(Templates), 200);
        Assert.That(seen.EnumerateArray().Select(t => t.GetProperty("laboratoryCode").GetString()), Has.None.EqualTo(bench.Lab));
        await Expect.StatusAsync(await county.QualityManager.GetAsync($"/api/procedure-templates/{second.GetProperty("id").GetString()}"), 404);
    }

    [TestCase("parameters", "\"e\"", TestName = "A band's parameter that is a choice is 400")]
    [TestCase("testItems", "[]", TestName = "A template without test items is 400")]
    public async Task A_template_that_cannot_work_is_refused(string field, string json)
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var shipped = (await Expect.JsonAsync(await bench.QualityManager.GetAsync($"/api/procedure-templates/{ShippedScaleTemplate}"), 200)).GetProperty("definition");
        var definition = JsonNode.Parse(shipped.GetRawText())!.AsObject();
        if (field == "parameters")
        {
            // The class becomes the band's parameter: a point cannot be a multiple of "III".
            definition["mpe"]!["parameter"] = "class";
        }
        else
        {
            definition[field] = JsonNode.Parse(json);
        }

        var problem = await Expect.JsonAsync(await bench.QualityManager.PostAsJsonAsync(Templates, new { definition }), 400);
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.StartsWith("definition."));
    }

    [Test]
    public async Task A_work_order_takes_its_worksheet_from_the_template_and_keeps_the_version_it_was_measured_with()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.WorkOrderAsync();
        var empty = await Expect.JsonAsync(await bench.Technician.GetAsync($"/api/work-orders/{workOrder}/worksheet"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(empty.GetProperty("template").GetProperty("id").GetString(), Is.EqualTo(ShippedScaleTemplate));
            Assert.That(empty.GetProperty("complete").GetBoolean(), Is.False);
            Assert.That(empty.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()), Is.EqualTo(new[] { "max", "e", "class" }));
        });

        await Expect.ProblemAsync(await bench.Reception.PutAsJsonAsync($"/api/work-orders/{workOrder}/parameters", new { values = new Dictionary<string, string> { ["max"] = "15", ["e"] = "0.005", ["class"] = "II" } }), 422, "parameters-invalid");
        await Expect.ProblemAsync(await bench.Reception.PutAsJsonAsync($"/api/work-orders/{workOrder}/parameters", new { values = new Dictionary<string, string> { ["max"] = "15", ["e"] = "0.0001", ["class"] = "III" } }), 422, "parameters-invalid");
        var sheet = await Expect.JsonAsync(await bench.Reception.PutAsJsonAsync($"/api/work-orders/{workOrder}/parameters", WorkBench.ScaleParameters), 200);
        var weighing = sheet.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "weighing");
        Assert.Multiple(() =>
        {
            Assert.That(sheet.GetProperty("complete").GetBoolean(), Is.True);
            Assert.That(sheet.GetProperty("unit").GetString(), Is.EqualTo("kg"));
            Assert.That(sheet.GetProperty("method").GetProperty("rule").GetString(), Is.EqualTo("Jjf1094"));
            Assert.That(weighing.GetProperty("readingsPerPoint").GetInt32(), Is.EqualTo(3));
            Assert.That(weighing.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("nominal").GetDecimal()), Is.EqualTo(WorkBench.WeighingLoads));
            // Class III, e = 5 g: ±0.5e up to 500e (2.5 kg), ±1.0e up to 2000e (10 kg), ±1.5e above.
            Assert.That(weighing.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("mpeUpper").GetDecimal()), Is.EqualTo(new[] { 0.0025m, 0.0025m, 0.005m, 0.005m, 0.0075m }));
        });

        var withEquipment = await Expect.JsonAsync(await bench.Technician.GetAsync($"/api/work-orders/{workOrder}/worksheet?equipment={bench.WeightSet}"), 200);
        var budget = withEquipment.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "weighing").GetProperty("points")[0].GetProperty("components");
        Assert.Multiple(() =>
        {
            // The weight set's "0.05 mg (k=2)" read in kg, and the change-point resolution 0.05e rectangular.
            Assert.That(budget[0].GetProperty("value").GetDouble(), Is.EqualTo(0.05e-6).Within(1e-15));
            Assert.That(budget[0].GetProperty("coverageFactor").GetDouble(), Is.EqualTo(2.0));
            Assert.That(budget[1].GetProperty("value").GetDouble(), Is.EqualTo(0.00025).Within(1e-12));
            Assert.That(budget[1].GetProperty("distribution").GetString(), Is.EqualTo("Rectangular"));
        });

        await bench.AssignAsync(workOrder);
        var recorded = await Expect.JsonAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(bench.WeightSet)), 200);
        var results = recorded.GetProperty("results");
        Assert.Multiple(() =>
        {
            Assert.That(results.GetProperty("templateId").GetString(), Is.EqualTo(ShippedScaleTemplate));
            Assert.That(results.GetProperty("conclusion").GetString(), Is.EqualTo("Pass"));
            Assert.That(results.GetProperty("points").GetArrayLength(), Is.EqualTo(5 + 5), "weighing and eccentricity points");
            Assert.That(results.GetProperty("testItems").EnumerateArray().Select(i => $"{i.GetProperty("code").GetString()} {i.GetProperty("verdict").GetString()}"),
                Is.EquivalentTo(new[] { "appearance Pass", "zero Pass", "repeatability Pass", "repeatability Pass" }));
        });

        // The laboratory's own version afterwards: the measured work order keeps the shipped one, a new one takes the laboratory's.
        var definition = JsonNode.Parse((await Expect.JsonAsync(await bench.QualityManager.GetAsync($"/api/procedure-templates/{ShippedScaleTemplate}"), 200)).GetProperty("definition").GetRawText())!;
        var own = await Expect.JsonAsync(await bench.QualityManager.PostAsJsonAsync(Templates, new { definition }), 201);
        var kept = await Expect.JsonAsync(await bench.Technician.GetAsync($"/api/work-orders/{workOrder}/worksheet"), 200);
        Assert.That(kept.GetProperty("template").GetProperty("id").GetString(), Is.EqualTo(ShippedScaleTemplate));
        var next = await Expect.JsonAsync(await bench.Technician.GetAsync($"/api/work-orders/{await bench.WorkOrderAsync()}/worksheet"), 200);
        Assert.That(next.GetProperty("template").GetProperty("id").GetString(), Is.EqualTo(own.GetProperty("id").GetString()));
    }

    [TestCase("eccentricity", null, "incomplete-results", TestName = "Leaving out a test item is 422 incomplete-results")]
    [TestCase("appearance", null, "incomplete-results", TestName = "Leaving out a check is 422 incomplete-results")]
    [TestCase("weighing", "four points", "incomplete-results", TestName = "Leaving out a point is 422 incomplete-results")]
    [TestCase("weighing", "two readings", "readings-count-mismatch", TestName = "Two readings where the procedure asks for three is 422")]
    [TestCase("weighing", "six points", "readings-count-mismatch", TestName = "A point more than the procedure has is 422")]
    [TestCase("cleanliness", "unknown", "unknown-test-item", TestName = "A test item the procedure does not have is 422")]
    public async Task Results_that_do_not_fill_the_worksheet_are_refused(string item, string? change, string code)
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.WorkOrderAsync();
        await bench.AssignAsync(workOrder);
        var body = JsonSerializer.SerializeToNode(WorkBench.Results(bench.WeightSet))!.AsObject();
        var items = body["items"]!.AsArray();
        var entry = items.FirstOrDefault(i => i!["code"]!.GetValue<string>() == item);
        switch (change)
        {
            case null: items.Remove(entry); break;
            case "four points": entry!["points"]!.AsArray().RemoveAt(1); break;
            case "two readings": entry!["points"]![1]!.AsArray().RemoveAt(2); break;
            case "six points": entry!["points"]!.AsArray().Add(new JsonArray(15m, 15m, 15m)); break;
            default: items.Add(new JsonObject { ["code"] = item, ["passed"] = true }); break;
        }

        var problem = await Expect.ProblemAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", body), 422, code);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(item));
        var detail = await Expect.JsonAsync(await bench.Technician.GetAsync($"/api/work-orders/{workOrder}"), 200);
        Assert.That(detail.GetProperty("status").GetString(), Is.EqualTo("Assigned"), "nothing recorded");
    }

    [Test]
    public async Task Results_without_the_instrument_s_parameters_or_with_free_points_are_refused()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.WorkOrderAsync();
        await bench.AssignAsync(workOrder);
        var body = JsonSerializer.SerializeToNode(WorkBench.Results(bench.WeightSet))!.AsObject();
        body.Remove("parameters");
        await Expect.ProblemAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", body), 422, "parameters-required");

        var free = JsonSerializer.SerializeToNode(WorkBench.FreeResults(bench.WeightSet))!.AsObject();
        free["parameters"] = JsonSerializer.SerializeToNode(WorkBench.ScaleParameters);
        var problem = await Expect.ProblemAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", free), 422, "incomplete-results");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("称量"));
    }

    [Test]
    public async Task A_procedure_without_a_template_takes_points_entered_freely()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.WorkOrderAsync(typeCode: bench.BalanceTypeCode);
        var sheet = await Expect.JsonAsync(await bench.Technician.GetAsync($"/api/work-orders/{workOrder}/worksheet"), 200);
        Assert.That(sheet.GetProperty("template").ValueKind, Is.EqualTo(JsonValueKind.Null));
        await Expect.ProblemAsync(await bench.Reception.PutAsJsonAsync($"/api/work-orders/{workOrder}/parameters", WorkBench.ScaleParameters), 422, "no-template");
        await bench.AssignAsync(workOrder);
        var recorded = await Expect.JsonAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.FreeResults(bench.WeightSet)), 200);
        Assert.Multiple(() =>
        {
            Assert.That(recorded.GetProperty("results").GetProperty("templateId").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(recorded.GetProperty("results").GetProperty("points").GetArrayLength(), Is.EqualTo(3));
        });
    }
}
