using System.Net.Http.Json;
using Lims.Api.Tests.Standards;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.WorkOrders;

/// <summary>Every refusal of rules 3, 5 and 8 on the bench, with its code.</summary>
public sealed class WorkOrderRuleTests(string database) : ApiTest(database)
{
    [Test]
    public async Task A_technician_without_a_valid_authorisation_cannot_be_assigned()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var (_, expired) = await bench.TechnicianAsync(authorisedUntil: WorkBench.Today.AddDays(-1));
        var (_, never) = await bench.TechnicianAsync(authorisedUntil: null);
        var workOrder = await bench.WorkOrderAsync();
        foreach (var technician in new[] { expired, never })
        {
            await Expect.ProblemAsync(await bench.Reception.PostAsJsonAsync($"/api/work-orders/{workOrder}/assign", new { technician }), 422, "technician-not-authorised");
        }

        var reviewerOnly = await Expect.JsonAsync(await bench.Reviewer.GetAsync("/api/me"), 200);
        await Expect.ProblemAsync(await bench.Reception.PostAsJsonAsync($"/api/work-orders/{workOrder}/assign", new { technician = reviewerOnly.GetProperty("userName").GetString() }), 422, "not-a-technician");
    }

    [Test]
    public async Task Only_the_assignee_records_results()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var (other, _) = await bench.TechnicianAsync(authorisedUntil: WorkBench.Today.AddYears(1));
        var workOrder = await bench.WorkOrderAsync();
        await bench.AssignAsync(workOrder);
        await Expect.ProblemAsync(await other.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(bench.WeightSet)), 422, "not-assignee");
        await Expect.ProblemAsync(await bench.Reviewer.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(bench.WeightSet)), 403, "forbidden");
    }

    [Test]
    public async Task Equipment_without_a_calibration_on_the_day_cannot_be_cited()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var uncalibrated = await bench.Standards.WeightSetAsync();
        var workOrder = await bench.WorkOrderAsync();
        await bench.AssignAsync(workOrder);
        var problem = await Expect.ProblemAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(uncalibrated)), 422, "equipment-not-valid");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(uncalibrated));
        await Expect.ProblemAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results("NO-SUCH-ASSET")), 422, "equipment-not-valid");
    }

    [Test]
    public async Task Equipment_out_of_tolerance_cannot_be_cited()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.WorkOrderAsync();
        await bench.AssignAsync(workOrder);
        await Expect.StatusAsync(await bench.QualityManager.PostAsJsonAsync($"/api/equipment/{bench.WeightSet}/out-of-tolerance", new { foundOn = StandardsData.Iso(WorkBench.Today), reason = "期间核查超差" }), 200);
        await Expect.ProblemAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(bench.WeightSet)), 422, "equipment-not-valid");
    }

    [Test]
    public async Task A_verification_whose_conformity_is_undetermined_is_recorded_but_cannot_be_approved()
    {
        // U ≈ 0.0041 kg > MPE/3 at 0.5 kg and 2 kg (MPE 0.005): E ≈ 0.0022 lies between MPE − U and MPE + U (JJF 1094).
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.WorkOrderAsync();
        await bench.AssignAsync(workOrder);
        var recorded = await Expect.JsonAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(bench.WeightSet, offset: 0.002m, weightU: 0.002)), 200);
        var points = recorded.GetProperty("results").GetProperty("points");
        Assert.Multiple(() =>
        {
            Assert.That(recorded.GetProperty("results").GetProperty("conclusion").GetString(), Is.EqualTo("Undetermined"));
            Assert.That(points[0].GetProperty("verdict").GetString(), Is.EqualTo("Undetermined"));
            Assert.That(points[0].GetProperty("uncertaintyNeglected").GetBoolean(), Is.False);
            Assert.That(points[2].GetProperty("verdict").GetString(), Is.EqualTo("Pass"));
        });

        await Expect.StatusAsync(await bench.Reviewer.PostAsJsonAsync($"/api/work-orders/{workOrder}/review", new { accept = true, comment = "核验无误" }), 200);
        var problem = await Expect.ProblemAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{workOrder}/approve", new { }), 422, "undetermined-conformity");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("JJF 1094"));
        var detail = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/work-orders/{workOrder}"), 200);
        Assert.That(detail.GetProperty("status").GetString(), Is.EqualTo("Reviewed"), "nothing was issued");
    }

    [Test]
    public async Task Results_dated_in_the_future_are_refused()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.WorkOrderAsync();
        await bench.AssignAsync(workOrder);
        await Expect.ProblemAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(bench.WeightSet, performedOn: WorkBench.Today.AddDays(2))), 422, "performed-on-out-of-range");
    }

    [Test]
    public async Task The_performer_cannot_review_their_own_work()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var (both, name) = await bench.TechnicianAsync(WorkBench.Today.AddYears(1), "Reviewer");
        var workOrder = await bench.WorkOrderAsync();
        await bench.AssignAsync(workOrder, name);
        await Expect.StatusAsync(await both.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(bench.WeightSet)), 200);
        await Expect.ProblemAsync(await both.PostAsJsonAsync($"/api/work-orders/{workOrder}/review", new { accept = true }), 422, "same-person");
    }

    [Test]
    public async Task The_reviewer_cannot_also_approve()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var reviewerApprover = await Host.SignInNewUserInAsync(bench.Lab, "Reviewer", "Approver");
        var workOrder = await bench.WorkOrderAsync();
        await bench.AssignAsync(workOrder);
        await Expect.StatusAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(bench.WeightSet)), 200);
        await Expect.StatusAsync(await reviewerApprover.PostAsJsonAsync($"/api/work-orders/{workOrder}/review", new { accept = true }), 200);
        await Expect.ProblemAsync(await reviewerApprover.PostAsJsonAsync($"/api/work-orders/{workOrder}/approve", new { }), 422, "same-person");
    }

    [Test]
    public async Task Results_are_locked_once_reviewed_and_approval_needs_a_review()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var unreviewed = await bench.WorkOrderAsync();
        await Expect.ProblemAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{unreviewed}/approve", new { }), 422, "not-reviewed");

        var workOrder = await bench.ReviewedWorkOrderAsync();
        await Expect.ProblemAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(bench.WeightSet)), 422, "results-locked");
    }

    [Test]
    public async Task Bad_results_are_named_field_by_field()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.WorkOrderAsync();
        await bench.AssignAsync(workOrder);
        var response = await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", new
        {
            performedOn = StandardsData.Iso(WorkBench.Today),
            temperatureC = 500,
            humidityPct = 45,
            location = "实验室",
            equipmentAssetNos = Array.Empty<string>(),
            points = new[] { new { quantity = "质量", unit = "kg", nominal = 1m, readings = Array.Empty<decimal>(), mpe = -1m } },
        });
        await Expect.ValidationErrorsAsync(response, "temperatureC", "equipmentAssetNos", "points[0].readings", "points[0].mpe");
    }

    [Test]
    public async Task A_stale_version_on_an_action_is_409()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.WorkOrderAsync();
        await Expect.ProblemAsync(await bench.Reception.PostAsJsonAsync($"/api/work-orders/{workOrder}/assign", new { technician = bench.TechnicianName, version = 99 }), 409, "stale-version");
    }

    [Test]
    public async Task A_cancelled_job_lets_the_instrument_go_back_but_signed_work_cannot_be_cancelled()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.WorkOrderAsync();
        await Expect.ValidationErrorsAsync(await bench.Reception.PostAsJsonAsync($"/api/work-orders/{workOrder}/cancel", new { }), "reason");
        var cancelled = await Expect.JsonAsync(await bench.Reception.PostAsJsonAsync($"/api/work-orders/{workOrder}/cancel", new { reason = "送检单位撤回 / withdrawn by the customer" }), 200);
        Assert.That(cancelled.GetProperty("status").GetString(), Is.EqualTo("Cancelled"));
        var submissions = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/submissions?customerId={bench.Customer}"), 200);
        var submission = submissions.GetProperty("items")[0].GetProperty("id").GetGuid();
        var returned = await Expect.JsonAsync(await bench.Reception.PostAsync($"/api/submissions/{submission}/return", null), 200);
        Assert.That(returned.GetProperty("status").GetString(), Is.EqualTo("Returned"));

        var approved = await bench.ReviewedWorkOrderAsync();
        await Expect.StatusAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{approved}/approve", new { }), 200);
        await Expect.ProblemAsync(await bench.Reception.PostAsJsonAsync($"/api/work-orders/{approved}/cancel", new { reason = "x" }), 422, "invalid-status");
    }
}
