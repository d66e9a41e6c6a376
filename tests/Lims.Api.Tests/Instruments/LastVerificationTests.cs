using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Lims.Api.Tests.Recall;
using Lims.Api.Tests.Support;
using Lims.Application.Common;

namespace Lims.Api.Tests.Instruments;

/// <summary>
/// Rule 15 through the API: an instrument registered with its last verification from before Lims
/// gets its due date by rule 10, shows that verification in its history, and is recalled.
/// </summary>
public sealed class LastVerificationTests(string database) : ApiTest(database)
{
    private ReceptionDesk Desk => new(Admin);

    private static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    [Test]
    public async Task An_instrument_verified_before_Lims_is_due_an_interval_after_that_verification_and_the_scan_reminds_its_customer()
    {
        var type = await Desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30m, intervalMonths: 12);
        var customer = (await Desk.CustomerAsync(Admin)).GetProperty("id").GetGuid();
        var performedOn = Today.AddDays(20).AddMonths(-12);

        var created = await Expect.JsonAsync(await Admin.PostAsJsonAsync("/api/instruments", Body(customer, type, new
        {
            certificateNo = "粤JL检字[2025]第 001234 号", issuedBy = "广东省计量科学研究院", performedOn = Iso(performedOn), conclusion = "Pass",
        })), 201);
        var id = created.GetProperty("id").GetGuid();
        var read = await Expect.JsonAsync(await Admin.GetAsync($"/api/instruments/{id}"), 200);
        var due = await Expect.JsonAsync(await Admin.GetAsync($"/api/recalls/due?within=30&customerId={customer}"), 200);
        await Host.RunRecallScanAsync();
        var reminders = await Expect.JsonAsync(await Admin.GetAsync($"/api/notifications?kind=InstrumentDue&customerId={customer}"), 200);

        var prior = read.GetProperty("priorVerification");
        Assert.Multiple(() =>
        {
            Assert.That(read.GetProperty("lastVerifiedOn").GetString(), Is.EqualTo(Iso(performedOn)));
            Assert.That(read.GetProperty("nextDueOn").GetString(), Is.EqualTo(Iso(performedOn.AddMonths(12))));
            Assert.That(created.GetProperty("nextDueOn").GetString(), Is.EqualTo(Iso(performedOn.AddMonths(12))));
            Assert.That(prior.GetProperty("certificateNo").GetString(), Is.EqualTo("粤JL检字[2025]第 001234 号"));
            Assert.That(prior.GetProperty("issuedBy").GetString(), Is.EqualTo("广东省计量科学研究院"));
            Assert.That(prior.GetProperty("performedOn").GetString(), Is.EqualTo(Iso(performedOn)));
            Assert.That(prior.GetProperty("conclusion").GetString(), Is.EqualTo("Pass"));
            Assert.That(read.GetProperty("certificates").GetArrayLength(), Is.Zero, "no certificate of Lims: the verification is a record from before");
            Assert.That(due.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("instrumentId").GetGuid()), Is.EqualTo(new[] { id }));
            var reminder = reminders.GetProperty("items").EnumerateArray().Single();
            Assert.That(reminder.GetProperty("subjectKey").GetString(), Is.EqualTo(id.ToString()));
            Assert.That(reminder.GetProperty("dueOn").GetString(), Is.EqualTo(Iso(performedOn.AddMonths(12))));
        });
    }

    [Test]
    public async Task A_failed_verification_before_Lims_is_kept_but_gives_no_due_date()
    {
        var type = await Desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30m);
        var customer = (await Desk.CustomerAsync(Admin)).GetProperty("id").GetGuid();

        var created = await Expect.JsonAsync(await Admin.PostAsJsonAsync("/api/instruments", Body(customer, type, new
        {
            certificateNo = "TZ-2026-0077", issuedBy = "台山市计量所", performedOn = Iso(Today.AddMonths(-2)), conclusion = "Fail",
        })), 201);

        Assert.Multiple(() =>
        {
            Assert.That(created.GetProperty("lastVerifiedOn").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(created.GetProperty("nextDueOn").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(created.GetProperty("priorVerification").GetProperty("conclusion").GetString(), Is.EqualTo("Fail"));
        });
    }

    [Test]
    public async Task A_last_verification_dated_after_today_is_422_and_registers_nothing()
    {
        var type = await Desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30m);
        var customer = (await Desk.CustomerAsync(Admin)).GetProperty("id").GetGuid();

        var response = await Admin.PostAsJsonAsync("/api/instruments", Body(customer, type, new
        {
            certificateNo = "X-1", issuedBy = "某所", performedOn = Iso(Today.AddDays(2)), conclusion = "Pass",
        }));

        await Expect.ProblemAsync(response, 422, "prior-verification-in-future");
        var listed = await Expect.JsonAsync(await Admin.GetAsync($"/api/instruments?customerId={customer}"), 200);
        Assert.That(listed.GetProperty("total").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task A_last_verification_without_its_certificate_number_issuer_and_date_is_400_naming_each()
    {
        var type = await Desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30m);
        var customer = (await Desk.CustomerAsync(Admin)).GetProperty("id").GetGuid();

        var response = await Admin.PostAsJsonAsync("/api/instruments", Body(customer, type, new { conclusion = "Pass" }));

        await Expect.ValidationErrorsAsync(response, "lastVerification.certificateNo", "lastVerification.issuedBy", "lastVerification.performedOn");
    }

    [Test]
    public async Task The_public_announcement_shows_a_verification_from_before_Lims_as_the_latest()
    {
        var type = await Desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30m, intervalMonths: 12);
        var customer = (await Desk.CustomerAsync(Admin)).GetProperty("id").GetGuid();
        var performedOn = Today.AddMonths(-3);
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/instruments", Body(customer, type, new
        {
            certificateNo = "JM-JD-2025-000321", issuedBy = "江门市计量测试所", performedOn = Iso(performedOn), conclusion = "Pass",
        })), 201);

        var announced = await Expect.JsonAsync(await Host.Anonymous().GetAsync($"/api/public/announcements?customerId={customer}"), 200);

        var item = announced.GetProperty("instruments").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(item.GetProperty("status").GetString(), Is.EqualTo("Valid"));
            Assert.That(item.GetProperty("certificateNo").GetString(), Is.EqualTo("JM-JD-2025-000321"));
            Assert.That(item.GetProperty("validUntil").GetString(), Is.EqualTo(Iso(performedOn.AddMonths(12).AddDays(-1))));
        });
    }

    [TestCase("Pass")]
    [TestCase("Fail")]
    public async Task A_verification_from_before_Lims_within_its_interval_covers_the_instrument_whatever_its_result(string conclusion)
    {
        var type = await Desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30m, intervalMonths: 12);
        var customer = (await Desk.CustomerAsync(Admin)).GetProperty("id").GetGuid();
        var year = Today.Year;
        // The city's report: its instruments are the shared registry's (rule 12).
        var quality = await Host.SignInNewUserInAsync(await Desk.LaboratoryAsync("City"), "QualityManager");
        var before = await Expect.JsonAsync(await quality.GetAsync($"/api/reports/kpi?year={year}"), 200);
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/instruments", Body(customer, type, new
        {
            certificateNo = "JM-JD-2025-000555", issuedBy = "江门市计量测试所", performedOn = Iso(Today.AddMonths(-3)), conclusion,
        })), 201);
        await Desk.InstrumentAsync(Admin, customer, type);

        var after = await Expect.JsonAsync(await quality.GetAsync($"/api/reports/kpi?year={year}"), 200);

        Assert.Multiple(() =>
        {
            Assert.That(Coverage(after, "numerator") - Coverage(before, "numerator"), Is.EqualTo(1), "the one verified before Lims");
            Assert.That(Coverage(after, "denominator") - Coverage(before, "denominator"), Is.EqualTo(2), "both instruments are in the population");
        });
    }

    private static long Coverage(JsonElement kpi, string count) => kpi.GetProperty("coverageRate").GetProperty(count).GetInt64();

    private static object Body(Guid customer, string type, object lastVerification)
    {
        var body = ReceptionDesk.Instrument(customer, type);
        return new
        {
            body.CustomerId, body.TypeCode, body.Manufacturer, body.Model, body.SerialNumber, body.Range, body.AccuracyClass, body.Usage, body.Location, lastVerification,
        };
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
