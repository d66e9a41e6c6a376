using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.WorkOrders;

public sealed class ConcurrentApprovalTests(string database) : ApiTest(database)
{
    [Test]
    public async Task Twenty_simultaneous_approvals_get_twenty_consecutive_certificate_numbers()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrders = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            workOrders.Add(await bench.ReviewedWorkOrderAsync());
        }

        var approvals = await Task.WhenAll(workOrders.Select(id => bench.Approver.PostAsJsonAsync($"/api/work-orders/{id}/approve", new { })));
        var numbers = new List<string>();
        foreach (var response in approvals)
        {
            numbers.Add((await Expect.JsonAsync(response, 200)).GetProperty("certificateNo").GetString()!);
        }

        var expected = Enumerable.Range(1, 20).Select(n => $"{bench.Lab}-JD-{WorkBench.Today.Year}-{n:D6}");
        Assert.That(numbers.Order(StringComparer.Ordinal), Is.EqualTo(expected));
    }

    [Test]
    public async Task Two_approvals_racing_on_one_work_order_one_wins_and_the_other_gets_409()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.ReviewedWorkOrderAsync();
        var otherApprover = await Host.SignInNewUserInAsync(bench.Lab, "Approver");
        var responses = await Task.WhenAll(
            bench.Approver.PostAsJsonAsync($"/api/work-orders/{workOrder}/approve", new { }),
            otherApprover.PostAsJsonAsync($"/api/work-orders/{workOrder}/approve", new { }));
        Assert.That(responses.Select(r => (int)r.StatusCode).Order(), Is.EqualTo(new[] { 200, 409 }));

        var certificates = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/certificates?customerId={bench.Customer}"), 200);
        Assert.That(certificates.GetProperty("total").GetInt32(), Is.EqualTo(1));
        var next = await bench.ReviewedWorkOrderAsync();
        var certificate = await Expect.JsonAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{next}/approve", new { }), 200);
        Assert.That(certificate.GetProperty("certificateNo").GetString(), Does.EndWith("-000002"), "the losing approval left no gap");
    }
}
