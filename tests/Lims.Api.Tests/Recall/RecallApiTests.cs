using System.Net.Http.Json;
using Hangfire;
using Lims.Api.Tests.Support;
using Lims.Application.Common;
using Lims.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Api.Tests.Recall;

public sealed class RecallApiTests(string database) : ApiTest(database)
{
    private ReceptionDesk Desk => new(Admin);

    private static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    [Test]
    public async Task The_due_list_shows_instruments_due_within_the_window_or_overdue_with_the_customer_to_call()
    {
        var (customer, type) = await CustomerAndTypeAsync();
        var overdue = await InstrumentDueAsync(customer, type, Today.AddDays(-3));
        var edge = await InstrumentDueAsync(customer, type, Today.AddDays(30));
        await InstrumentDueAsync(customer, type, Today.AddDays(31));
        await Desk.InstrumentAsync(Admin, customer, type);
        var technician = await Host.SignInNewUserAsync("Technician");

        var due = await Expect.JsonAsync(await technician.GetAsync($"/api/recalls/due?within=30&customerId={customer}"), 200);

        var items = due.GetProperty("items").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(due.GetProperty("total").GetInt32(), Is.EqualTo(2));
            Assert.That(items.Select(i => i.GetProperty("instrumentId").GetGuid()), Is.EqualTo(new[] { overdue, edge }));
            Assert.That(items[0].GetProperty("overdue").GetBoolean(), Is.True);
            Assert.That(items[0].GetProperty("daysUntilDue").GetInt32(), Is.EqualTo(-3));
            Assert.That(items[1].GetProperty("daysUntilDue").GetInt32(), Is.EqualTo(30));
            Assert.That(items[1].GetProperty("nextDueOn").GetString(), Is.EqualTo(Today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(items[0].GetProperty("customer").GetProperty("contactName").GetString(), Is.EqualTo("陈经理"));
            Assert.That(items[0].GetProperty("customer").GetProperty("phone").GetString(), Is.EqualTo("0750-3123456"));
            Assert.That(items[0].GetProperty("typeName").GetString(), Is.EqualTo("电子计价秤"));
        });
        var wider = await Expect.JsonAsync(await technician.GetAsync($"/api/recalls/due?within=31&customerId={customer}"), 200);
        Assert.That(wider.GetProperty("total").GetInt32(), Is.EqualTo(3));
    }

    [TestCase("within=-1", "within")]
    [TestCase("within=367", "within")]
    [TestCase("within=30&pageSize=500", "pageSize")]
    public async Task A_bad_due_list_query_is_400_naming_the_field(string query, string field) =>
        await Expect.ValidationErrorsAsync(await Admin.GetAsync($"/api/recalls/due?{query}"), field);

    [Test]
    public async Task The_recall_routes_need_a_signed_in_user()
    {
        var anonymous = Host.Anonymous();
        await Expect.StatusAsync(await anonymous.GetAsync("/api/recalls/due"), 401);
        await Expect.StatusAsync(await anonymous.GetAsync("/api/notifications"), 401);
        await Expect.StatusAsync(await anonymous.PostAsync("/api/jobs/recall-scan/run", null), 401);
    }

    [Test]
    public async Task The_scan_writes_reminders_that_reception_lists_by_status_and_kind()
    {
        var (customer, type) = await CustomerAndTypeAsync(email: "chen@example.cn");
        var instrument = await InstrumentDueAsync(customer, type, Today.AddDays(7));
        await RunScanAsync();
        await RunScanAsync();
        var reception = await Host.SignInNewUserAsync("Reception");

        var list = await Expect.JsonAsync(await reception.GetAsync($"/api/notifications?status=pending&kind=InstrumentDue&customerId={customer}"), 200);

        var item = list.GetProperty("items").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(item.GetProperty("subjectKey").GetString(), Is.EqualTo(instrument.ToString()));
            Assert.That(item.GetProperty("status").GetString(), Is.EqualTo("Pending"));
            Assert.That(item.GetProperty("kind").GetString(), Is.EqualTo("InstrumentDue"));
            Assert.That(item.GetProperty("recipient").GetProperty("email").GetString(), Is.EqualTo("chen@example.cn"));
            Assert.That(item.GetProperty("messageZh").GetString(), Does.Contain("电子计价秤"));
        });
        var sent = await Expect.JsonAsync(await reception.GetAsync($"/api/notifications?status=Sent&customerId={customer}"), 200);
        Assert.That(sent.GetProperty("total").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task Notifications_are_for_quality_managers_administrators_and_reception()
    {
        await Expect.StatusAsync(await (await Host.SignInNewUserAsync("Technician")).GetAsync("/api/notifications"), 403);
        await Expect.StatusAsync(await (await Host.SignInNewUserAsync("QualityManager")).GetAsync("/api/notifications"), 200);
    }

    [TestCase("status=Bogus", "status")]
    [TestCase("kind=Nothing", "kind")]
    public async Task An_unknown_status_or_kind_is_400_naming_the_field(string query, string field) =>
        await Expect.ValidationErrorsAsync(await Admin.GetAsync($"/api/notifications?{query}"), field);

    [Test]
    public async Task An_administrator_runs_a_job_now_and_gets_its_hangfire_id()
    {
        var response = await Admin.PostAsync("/api/jobs/recall-scan/run", null);

        var body = await Expect.JsonAsync(response, 202);
        var jobId = body.GetProperty("jobId").GetString();
        var storage = Host.Factory.Services.GetRequiredService<JobStorage>();
        var details = storage.GetMonitoringApi().JobDetails(jobId);
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("jobName").GetString(), Is.EqualTo("recall-scan"));
            Assert.That(details.Job.Type, Is.EqualTo(typeof(RecallScanJob)));
            Assert.That(details.History.First().StateName, Is.EqualTo("Enqueued"));
            Assert.That(response.Headers.Location?.ToString(), Does.StartWith("/ops/jobs/"));
        });
        await Expect.StatusAsync(await Admin.PostAsync("/api/jobs/notification-delivery/run", null), 202);
    }

    [Test]
    public async Task Running_an_unknown_job_is_404_and_only_administrators_run_jobs()
    {
        await Expect.ProblemAsync(await Admin.PostAsync("/api/jobs/no-such-job/run", null), 404, "not-found");
        await Expect.StatusAsync(await (await Host.SignInNewUserAsync("QualityManager")).PostAsync("/api/jobs/recall-scan/run", null), 403);
    }

    [Test]
    public async Task A_customer_keeps_an_optional_e_mail_address_checked_for_shape()
    {
        var (customer, _) = await CustomerAndTypeAsync(email: "chen@example.cn");
        var read = await Expect.JsonAsync(await Admin.GetAsync($"/api/customers/{customer}"), 200);
        Assert.That(read.GetProperty("email").GetString(), Is.EqualTo("chen@example.cn"));

        var bad = await Admin.PostAsJsonAsync("/api/customers", ReceptionDesk.Customer(email: "not an address"));
        await Expect.ValidationErrorsAsync(bad, "email");
    }

    private async Task<(Guid Customer, string Type)> CustomerAndTypeAsync(string? email = null)
    {
        var type = await Desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30m);
        var response = await Admin.PostAsJsonAsync("/api/customers", ReceptionDesk.Customer(email: email));
        var customer = await Expect.JsonAsync(response, 201);
        return (customer.GetProperty("id").GetGuid(), type);
    }

    private async Task<Guid> InstrumentDueAsync(Guid customer, string type, DateOnly dueOn) =>
        await Host.MakeDueAsync(await Desk.InstrumentAsync(Admin, customer, type), dueOn);

    private Task RunScanAsync() => Host.RunRecallScanAsync();
}
