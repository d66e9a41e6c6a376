using System.Net.Http.Json;
using System.Text.Json;
using Lims.Api.Tests.Recall;
using Lims.Api.Tests.Reports;
using Lims.Api.Tests.Support;
using Lims.Api.Tests.WorkOrders;

namespace Lims.Api.Tests.Instruments;

/// <summary>
/// Rule 16 through the API: an instrument is under compulsory verification by its type (in the
/// catalogue, for a use) and its use; a type verified initially only gives no due date.
/// </summary>
public sealed class CompulsoryVerificationTests(string database) : ApiTest(database)
{
    private ReceptionDesk Desk => new(Admin);

    [Test]
    public async Task The_same_gauge_is_compulsory_on_a_boiler_and_not_on_a_bench()
    {
        var gauge = await TypeAsync("一般压力表", 50m, ["SafetyProtection"]);
        var customer = (await Desk.CustomerAsync(Admin, "江门市新会区港兴纸业有限公司", "Enterprise")).GetProperty("id").GetGuid();
        var boiler = await Desk.InstrumentAsync(Admin, customer, gauge, usage: "SafetyProtection");
        var bench = await Desk.InstrumentAsync(Admin, customer, gauge, usage: "Other");

        var (onBoiler, onBench) = (await InstrumentAsync(boiler), await InstrumentAsync(bench));
        var compulsory = await Expect.JsonAsync(await Admin.GetAsync($"/api/instruments?customerId={customer}&compulsory=true"), 200);
        var notCompulsory = await Expect.JsonAsync(await Admin.GetAsync($"/api/instruments?customerId={customer}&compulsory=false"), 200);
        var announced = await Expect.JsonAsync(await Host.Anonymous().GetAsync($"/api/public/announcements?customerId={customer}"), 200);
        var lab = await Desk.LaboratoryAsync();
        var reception = await Host.SignInNewUserInAsync(lab, "Reception");
        var received = await Expect.JsonAsync(await reception.PostAsJsonAsync("/api/submissions", ReceptionDesk.Submission(customer, lab, [boiler, bench])), 201);
        var submission = await Expect.JsonAsync(await reception.GetAsync($"/api/submissions/{received.GetProperty("id").GetGuid()}"), 200);
        var waived = submission.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("instrumentId").GetGuid(), i => i.GetProperty("feeWaived").GetDecimal());

        Assert.Multiple(() =>
        {
            Assert.That((onBoiler.GetProperty("compulsory").GetBoolean(), onBoiler.GetProperty("compulsoryVerification").GetString()), Is.EqualTo((true, "Periodic")));
            Assert.That((onBench.GetProperty("compulsory").GetBoolean(), onBench.GetProperty("compulsoryVerification").ValueKind), Is.EqualTo((false, JsonValueKind.Null)));
            Assert.That(Ids(compulsory), Is.EqualTo(new[] { boiler }));
            Assert.That(Ids(notCompulsory), Is.EqualTo(new[] { bench }));
            Assert.That(announced.GetProperty("instruments").EnumerateArray().Select(i => i.GetProperty("serialNumber").GetString()), Is.EqualTo(new[] { onBoiler.GetProperty("serialNumber").GetString() }));
            Assert.That(announced.GetProperty("instruments")[0].GetProperty("compulsoryVerification").GetString(), Is.EqualTo("Periodic"));
            Assert.That((waived[boiler], waived[bench]), Is.EqualTo((50m, 0m)), "compulsory verification is free; the bench gauge's is not");
        });
    }

    [Test]
    public async Task Moving_a_gauge_from_the_bench_to_the_boiler_puts_it_under_compulsory_verification_and_is_audited()
    {
        var gauge = await TypeAsync("一般压力表", 50m, ["SafetyProtection"]);
        var customer = (await Desk.CustomerAsync(Admin, "江门市新会区港兴纸业有限公司", "Enterprise")).GetProperty("id").GetGuid();
        var id = await Desk.InstrumentAsync(Admin, customer, gauge, usage: "Other");
        var before = await InstrumentAsync(id);

        var moved = await Expect.JsonAsync(await Admin.PutAsJsonAsync($"/api/instruments/{id}", new
        {
            model = "Y-100", range = "(0~1.6) MPa", accuracyClass = "1.6级", usage = "SafetyProtection", location = "1 号锅炉", version = before.GetProperty("version").GetInt32(),
        }), 200);
        var trail = await Expect.JsonAsync(await Admin.GetAsync($"/api/audit?entity=Instrument&key={id}"), 200);
        var change = trail.GetProperty("items").EnumerateArray()
            .Where(line => line.GetProperty("action").GetString() == "Update")
            .Select(line => line.GetProperty("changes"))
            .Single(changes => changes.TryGetProperty("usage", out _))
            .GetProperty("usage");

        Assert.Multiple(() =>
        {
            Assert.That(before.GetProperty("compulsory").GetBoolean(), Is.False);
            Assert.That((moved.GetProperty("compulsory").GetBoolean(), moved.GetProperty("compulsoryVerification").GetString()), Is.EqualTo((true, "Periodic")));
            Assert.That((change.GetProperty("before").GetString(), change.GetProperty("after").GetString()), Is.EqualTo(("Other", "SafetyProtection")));
        });
    }

    [Test]
    public async Task An_initial_only_meter_gets_no_due_date_and_is_never_reminded()
    {
        var r = await ReportBench.ArrangeAsync(Host);
        var meter = await MeterTypeAsync();
        var instrument = await r.InstrumentAsync(r.Bench.Customer, meter);
        var certificateNo = await r.VerifyAsync(r.Bench.Customer, instrument, pass: true);

        var verified = await InstrumentAsync(instrument);
        var certificate = await Expect.JsonAsync(await r.Bench.QualityManager.GetAsync($"/api/certificates/{certificateNo}"), 200);
        var due = await Expect.JsonAsync(await Admin.GetAsync($"/api/recalls/due?within=366&customerId={r.Bench.Customer}"), 200);
        var neverVerified = await Expect.JsonAsync(await Admin.GetAsync($"/api/instruments?customerId={r.Bench.Customer}&dueBefore=2999-12-31"), 200);
        await Host.RunRecallScanAsync();
        var reminders = await Expect.JsonAsync(await Admin.GetAsync($"/api/notifications?kind=InstrumentDue&customerId={r.Bench.Customer}"), 200);
        var announced = await Expect.JsonAsync(await Host.Anonymous().GetAsync($"/api/public/announcements?customerId={r.Bench.Customer}"), 200);

        var today = WorkBench.Today;
        Assert.Multiple(() =>
        {
            Assert.That(verified.GetProperty("compulsoryVerification").GetString(), Is.EqualTo("InitialOnly"));
            Assert.That(verified.GetProperty("lastVerifiedOn").GetString(), Is.EqualTo(Iso(today)));
            Assert.That(verified.GetProperty("nextDueOn").ValueKind, Is.EqualTo(JsonValueKind.Null));
            // Its period of use (限期使用, 72 months) is the certificate's validity: replaced then, not verified again.
            Assert.That(certificate.GetProperty("validUntil").GetString(), Is.EqualTo(Iso(today.AddMonths(72).AddDays(-1))));
            Assert.That(due.GetProperty("total").GetInt32(), Is.Zero);
            Assert.That(Ids(neverVerified), Does.Not.Contain(instrument), "verified once: not listed as never verified");
            Assert.That(reminders.GetProperty("total").GetInt32(), Is.Zero);
            Assert.That(announced.GetProperty("instruments").EnumerateArray().Single().GetProperty("compulsoryVerification").GetString(), Is.EqualTo("InitialOnly"));
        });
    }

    [Test]
    public async Task A_meter_used_for_trade_is_compulsory_initially_only_and_on_a_test_bench_it_is_verified_periodically()
    {
        var r = await ReportBench.ArrangeAsync(Host);
        var meter = await MeterTypeAsync();
        var benchMeter = await r.InstrumentAsync(r.Bench.Customer, meter, usage: "Other");
        await r.VerifyAsync(r.Bench.Customer, benchMeter, pass: true);

        var verified = await InstrumentAsync(benchMeter);

        Assert.Multiple(() =>
        {
            Assert.That(verified.GetProperty("compulsory").GetBoolean(), Is.False);
            Assert.That(verified.GetProperty("nextDueOn").GetString(), Is.EqualTo(Iso(WorkBench.Today.AddMonths(72))));
        });
    }

    [Test]
    public async Task A_type_states_the_catalogues_uses_and_way_and_keeps_them_when_an_update_leaves_them_out()
    {
        var all = await Expect.JsonAsync(await Admin.GetAsync($"/api/instrument-types/{await Desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30m)}"), 200);
        var none = await Expect.JsonAsync(await Admin.GetAsync($"/api/instrument-types/{await Desk.InstrumentTypeAsync("数字多用表", compulsory: false, fee: 180m, calibrationSpecification: true)}"), 200);
        var code = await TypeAsync("燃气表", 20m, ["TradeSettlement"], "InitialOnly");
        var meter = await Expect.JsonAsync(await Admin.GetAsync($"/api/instrument-types/{code}"), 200);

        var renamed = await Expect.JsonAsync(await Admin.PutAsJsonAsync($"/api/instrument-types/{code}", new
        {
            name = "膜式燃气表", procedureCode = meter.GetProperty("procedureCode").GetString(), compulsory = true, intervalMonths = 120, fee = 20, version = meter.GetProperty("version").GetInt32(),
        }), 200);
        var outOfCatalogue = await Expect.JsonAsync(await Admin.PutAsJsonAsync($"/api/instrument-types/{code}", new
        {
            name = "膜式燃气表", procedureCode = meter.GetProperty("procedureCode").GetString(), compulsory = false, intervalMonths = 120, fee = 20, version = renamed.GetProperty("version").GetInt32(),
        }), 200);

        Assert.Multiple(() =>
        {
            Assert.That(Uses(all), Is.EqualTo(new[] { "TradeSettlement", "HealthCare", "SafetyProtection", "EnvironmentalMonitoring" }), "left out: the four uses of the law");
            Assert.That(all.GetProperty("compulsoryVerification").GetString(), Is.EqualTo("Periodic"));
            Assert.That((Uses(none), none.GetProperty("compulsoryVerification").ValueKind), Is.EqualTo((Array.Empty<string>(), JsonValueKind.Null)));
            Assert.That((Uses(meter), meter.GetProperty("compulsoryVerification").GetString()), Is.EqualTo((new[] { "TradeSettlement" }, "InitialOnly")));
            Assert.That((Uses(renamed), renamed.GetProperty("compulsoryVerification").GetString()), Is.EqualTo((new[] { "TradeSettlement" }, "InitialOnly")));
            Assert.That((outOfCatalogue.GetProperty("compulsory").GetBoolean(), Uses(outOfCatalogue)), Is.EqualTo((false, Array.Empty<string>())));
        });
    }

    [TestCase(false, new[] { "TradeSettlement" }, null)]
    [TestCase(true, new string[0], null)]
    [TestCase(true, new[] { "Other" }, null)]
    [TestCase(false, null, "InitialOnly")]
    public async Task A_scope_that_contradicts_the_catalogue_is_400(bool compulsory, string[]? uses, string? way)
    {
        var procedure = $"JJG {Random.Shared.Next(10000, 99999)}-2019";
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/procedures", new { code = procedure, title = "水表", kind = "VerificationRegulation" }), 201);
        var response = await Admin.PostAsJsonAsync("/api/instrument-types", new
        {
            code = UniqueCode(), name = "水表", procedureCode = procedure, compulsory, compulsoryUses = uses, compulsoryVerification = way, intervalMonths = 72, fee = 15,
        });
        await Expect.ValidationErrorsAsync(response, uses is null ? "compulsoryVerification" : "compulsoryUses");
    }

    [Test]
    public async Task A_customer_asks_for_reminders_and_the_change_is_kept_until_it_is_withdrawn()
    {
        var created = await Expect.JsonAsync(await Admin.PostAsJsonAsync("/api/customers", new
        {
            name = "江门市大长江集团有限公司", creditCode = CreditCodes.New(), contactName = "赵工", phone = "0750-3888888", address = "江门市蓬江区", district = "蓬江区", category = "Enterprise", remindersRequested = true,
        }), 201);
        var id = created.GetProperty("id").GetGuid();
        var details = new { name = "江门市大长江集团有限公司", contactName = "赵工", phone = "0750-3888888", address = "江门市蓬江区", district = "蓬江区", category = "Enterprise" };
        var unchanged = await Expect.JsonAsync(await Admin.PutAsJsonAsync($"/api/customers/{id}", new { details.name, details.contactName, details.phone, details.address, details.district, details.category, version = created.GetProperty("version").GetInt32() }), 200);
        var withdrawn = await Expect.JsonAsync(await Admin.PutAsJsonAsync($"/api/customers/{id}", new { details.name, details.contactName, details.phone, details.address, details.district, details.category, remindersRequested = false, version = unchanged.GetProperty("version").GetInt32() }), 200);
        var trail = await Expect.JsonAsync(await Admin.GetAsync($"/api/audit?entity=Customer&key={id}"), 200);

        Assert.Multiple(() =>
        {
            Assert.That(created.GetProperty("remindersRequested").GetBoolean(), Is.True);
            Assert.That(unchanged.GetProperty("remindersRequested").GetBoolean(), Is.True, "left out of an update: unchanged");
            Assert.That(withdrawn.GetProperty("remindersRequested").GetBoolean(), Is.False);
            Assert.That(trail.GetProperty("items").EnumerateArray().Count(line => line.GetProperty("changes").TryGetProperty("remindersRequested", out _)), Is.EqualTo(2), "asked, then withdrawn");
        });
    }

    /// <summary>A household water meter type under the bench's regulation: trade settlement, initial verification only, 72 months of use.</summary>
    private async Task<string> MeterTypeAsync()
    {
        var code = UniqueCode("WM");
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/instrument-types", new
        {
            code, name = "饮用冷水水表", procedureCode = WorkBench.Procedure, compulsory = true, compulsoryUses = new[] { "TradeSettlement" }, compulsoryVerification = "InitialOnly", intervalMonths = 72, fee = 15,
        }), 201);
        return code;
    }

    /// <summary>A compulsory type under a regulation of its own, for those uses, verified that way, every six months.</summary>
    private async Task<string> TypeAsync(string name, decimal fee, string[] uses, string way = "Periodic")
    {
        var procedure = $"JJG {Random.Shared.Next(10000, 99999)}-2013";
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/procedures", new { code = procedure, title = name, kind = "VerificationRegulation" }), 201);
        var code = UniqueCode();
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/instrument-types", new
        {
            code, name, procedureCode = procedure, compulsory = true, compulsoryUses = uses, compulsoryVerification = way, intervalMonths = 6, fee,
        }), 201);
        return code;
    }

    private async Task<JsonElement> InstrumentAsync(Guid id) => await Expect.JsonAsync(await Admin.GetAsync($"/api/instruments/{id}"), 200);

    private static Guid[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    private static string[] Uses(JsonElement type) => [.. type.GetProperty("compulsoryUses").EnumerateArray().Select(u => u.GetString()!)];

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
