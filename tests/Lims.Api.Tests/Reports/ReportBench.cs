using System.Net.Http.Json;
using System.Text.Json;
using Lims.Api.Tests.Support;
using Lims.Api.Tests.WorkOrders;
using Lims.Application.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Api.Tests.Reports;

/// <summary>
/// A work bench (its own city laboratory, a market customer, a compulsory 12-month price-scale
/// type with a ¥30 fee) plus what report tests need: more customers, instruments handed in, worked
/// and handed back, and "history": certificates and receipts moved into the past directly in the
/// database, because the API only lets work be performed today.
/// </summary>
internal sealed class ReportBench(ApiHost host, WorkBench bench)
{
    public WorkBench Bench { get; } = bench;

    public string Lab => Bench.Lab;

    public static async Task<ReportBench> ArrangeAsync(ApiHost host) => new(host, await WorkBench.ArrangeAsync(host));

    public async Task<Guid> CustomerAsync(string district, string category)
    {
        var response = await Bench.Reception.PostAsJsonAsync("/api/customers", ReceptionDesk.Customer("江门市中心医院", category) with { District = district });
        return (await Expect.JsonAsync(response, 201)).GetProperty("id").GetGuid();
    }

    public Task<Guid> InstrumentAsync(Guid customer, string? typeCode = null, string usage = "TradeSettlement") =>
        new ReceptionDesk(host.Admin).InstrumentAsync(Bench.Reception, customer, typeCode ?? Bench.TypeCode, usage: usage);

    /// <summary>Hands the instrument in at the bench's laboratory: (submission, work order).</summary>
    public async Task<(Guid Submission, Guid WorkOrder)> HandInAsync(Guid customer, Guid instrument)
    {
        var created = await Expect.JsonAsync(await Bench.Reception.PostAsJsonAsync("/api/submissions", ReceptionDesk.Submission(customer, Lab, [instrument])), 201);
        return (created.GetProperty("id").GetGuid(), created.GetProperty("items")[0].GetProperty("workOrderId").GetGuid());
    }

    /// <summary>Assign, results (offset 0.012 kg fails), review, approve: the certificate.</summary>
    public async Task<JsonElement> WorkAsync(Guid workOrder, bool pass)
    {
        await Bench.AssignAsync(workOrder);
        await Expect.StatusAsync(await Bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(Bench.WeightSet, pass ? 0m : 0.012m)), 200);
        await Expect.StatusAsync(await Bench.Reviewer.PostAsJsonAsync($"/api/work-orders/{workOrder}/review", new { accept = true, comment = "核验无误" }), 200);
        return await Expect.JsonAsync(await Bench.Approver.PostAsJsonAsync($"/api/work-orders/{workOrder}/approve", new { }), 200);
    }

    /// <summary>Handed in, worked and handed back; returns the certificate number.</summary>
    public async Task<string> VerifyAsync(Guid customer, Guid instrument, bool pass, int receivedDaysAgo = 0)
    {
        var (submission, workOrder) = await HandInAsync(customer, instrument);
        if (receivedDaysAgo > 0)
        {
            await RegisteredDaysAgoAsync(workOrder, receivedDaysAgo);
        }

        var certificate = await WorkAsync(workOrder, pass);
        await Expect.StatusAsync(await Bench.Reception.PostAsJsonAsync($"/api/submissions/{submission}/return", new { }), 200);
        return certificate.GetProperty("certificateNo").GetString()!;
    }

    /// <summary>History: the certificate was performed and issued on that day.</summary>
    public Task MoveCertificateAsync(string certificateNo, DateOnly on) =>
        WithDbAsync(db => db.Certificates.Where(c => c.CertificateNo == certificateNo)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.PerformedOn, on).SetProperty(c => c.IssuedOn, on)));

    /// <summary>History: the work order was registered that many days ago (its receipt stays today).</summary>
    public Task RegisteredDaysAgoAsync(Guid workOrder, int days)
    {
        var at = DateTimeOffset.UtcNow.AddDays(-days);
        return WithDbAsync(db => db.WorkOrders.Where(w => w.Id == workOrder).ExecuteUpdateAsync(s => s.SetProperty(w => w.RegisteredAt, at)));
    }

    public async Task<JsonElement> KpiAsync(int year, HttpClient? client = null) =>
        await Expect.JsonAsync(await (client ?? Bench.QualityManager).GetAsync($"/api/reports/kpi?year={year}&laboratoryCode={Lab}"), 200);

    private async Task WithDbAsync(Func<ILimsDb, Task<int>> update)
    {
        using var scope = host.Factory.Services.CreateScope();
        var changed = await update(scope.ServiceProvider.GetRequiredService<ILimsDb>());
        Assert.That(changed, Is.EqualTo(1));
    }
}
