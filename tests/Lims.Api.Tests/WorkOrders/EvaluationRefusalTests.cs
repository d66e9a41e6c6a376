using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.WorkOrders;

/// <summary>
/// What <c>POST /api/work-orders/{id}/results</c> really answers to results the evaluation refuses,
/// as docs/evaluation.md lists it: 422 with the rule's code where the numbers are well formed but the
/// rules refuse them, 400 naming the field where the request's shape is wrong (the domain's own codes
/// for those are never reached through the API).
/// </summary>
public sealed class EvaluationRefusalTests(string database) : ApiTest(database)
{
    public static IEnumerable<TestCaseData> Refusals()
    {
        TestCaseData Case(string name, string service, string code, Action<JsonObject> change) => new TestCaseData(service, code, change).SetArgDisplayNames(name);

        yield return Case("a verification point without MPE", "Verification", "mpe-required", r => Point(r).Remove("mpe"));
        yield return Case("a verification with a guard band", "Verification", "decision-rule-not-allowed", r => r["decisionRule"] = "GuardBanded");
        yield return Case("a calibration judged by JJF 1094", "Calibration", "decision-rule-not-allowed", r => r["decisionRule"] = "Jjf1094");
        yield return Case("a correlation with an input not in the budget", "Verification", "correlation-invalid", r => Point(r)["correlation"] = new JsonObject { ["first"] = "E2 weights U/k", ["second"] = "air buoyancy", ["coefficient"] = 0.5 });
        yield return Case("nothing uncertain", "Verification", "uncertainty-zero", r => Single(r, new JsonObject { ["name"] = "none", ["standardUncertainty"] = 0.0 }));
        yield return Case("half a degree of freedom", "Verification", "degrees-of-freedom-too-small", r => Single(r, new JsonObject { ["name"] = "guess", ["standardUncertainty"] = 0.0001, ["degreesOfFreedom"] = 0.5 }));
        yield return Case("an uncertainty of 10²⁵ kg", "Verification", "uncertainty-out-of-range", r => Single(r, new JsonObject { ["name"] = "absurd", ["standardUncertainty"] = 1e25 }));
    }

    public static IEnumerable<TestCaseData> Malformed()
    {
        TestCaseData Case(string field, Action<JsonObject> change) => new TestCaseData(field, change).SetArgDisplayNames(field);

        yield return Case("points", r => r["points"] = new JsonArray());
        yield return Case("points[0].quantity", r => Point(r)["quantity"] = "");
        yield return Case("points[0].readings", r => Point(r)["readings"] = new JsonArray());
        yield return Case("points[0].mpe", r => Point(r)["mpe"] = 0);
        yield return Case("points[0].uncertaintyComponents[0].standardUncertainty", r => Component(r)["standardUncertainty"] = -0.001);
        yield return Case("points[0].uncertaintyComponents[0].coverageFactor", r => Normal(r, 0.0));
        yield return Case("points[0].uncertaintyComponents[0].degreesOfFreedom", r => Component(r)["degreesOfFreedom"] = 0);
        yield return Case("points[0].correlation.coefficient", r => Point(r)["correlation"] = new JsonObject { ["first"] = "E2 weights U/k", ["second"] = "change-point resolution 0.1e/(2√3)", ["coefficient"] = 1.5 });
        yield return Case("significantDigits", r => r["significantDigits"] = 3);
        yield return Case("guardBandFactor", r => r["guardBandFactor"] = 0);
    }

    [TestCaseSource(nameof(Refusals))]
    public async Task Well_formed_results_the_rules_refuse_are_422_with_the_rules_code(string service, string code, Action<JsonObject> change)
    {
        var (bench, workOrder, body) = await ArrangeAsync(service);
        change(body);

        await Expect.ProblemAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", body), 422, code);
    }

    [TestCaseSource(nameof(Malformed))]
    public async Task Malformed_results_are_400_naming_the_field(string field, Action<JsonObject> change)
    {
        var (bench, workOrder, body) = await ArrangeAsync("Verification");
        change(body);

        await Expect.ValidationErrorsAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", body), field);
    }

    [Test]
    public async Task The_unchanged_results_are_accepted()
    {
        var (bench, workOrder, body) = await ArrangeAsync("Verification");
        await Expect.StatusAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", body), 200);
    }

    private async Task<(WorkBench Bench, Guid WorkOrder, JsonObject Body)> ArrangeAsync(string service)
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.WorkOrderAsync(service);
        await bench.AssignAsync(workOrder);
        return (bench, workOrder, JsonSerializer.SerializeToNode(WorkBench.Results(bench.WeightSet))!.AsObject());
    }

    private static JsonObject Point(JsonObject results) => results["points"]![0]!.AsObject();

    private static JsonObject Component(JsonObject results) => Point(results)["uncertaintyComponents"]![0]!.AsObject();

    /// <summary>The first point read once, with this one input: no Type A, the input alone decides.</summary>
    private static void Single(JsonObject results, JsonObject component)
    {
        var point = Point(results);
        point["readings"] = new JsonArray(point["nominal"]!.GetValue<decimal>());
        point["uncertaintyComponents"] = new JsonArray(component);
    }

    /// <summary>The first input given as an expanded value with a normal distribution and that k.</summary>
    private static void Normal(JsonObject results, double k)
    {
        var component = Component(results);
        component.Remove("standardUncertainty");
        component["value"] = 0.00002;
        component["distribution"] = "Normal";
        component["coverageFactor"] = k;
    }
}
