using System.Net.Http.Json;
using Lims.Api.Tests.Support;
using Lims.Application.Common;

namespace Lims.Api.Tests.Recall;

/// <summary>
/// Rule 16 in the recall, on every database: the due list and the scan's SQL remind the same
/// instruments — those under periodic compulsory verification, and the others only when their
/// customer asked; never one verified initially only, even with a due date left from before its type
/// was re-catalogued.
/// </summary>
public sealed class RecallSelectionTests(string database) : ApiTest(database)
{
    private static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    private ReceptionDesk Desk => new(Admin);

    [Test]
    public async Task Only_periodic_compulsory_instruments_and_those_of_customers_who_asked_are_reminded()
    {
        var scale = await TypeAsync("电子计价秤", "TradeSettlement");
        var gauge = await TypeAsync("一般压力表", "SafetyProtection");
        var meter = await TypeAsync("饮用冷水水表", "TradeSettlement");
        var asking = await CustomerAsync(remindersRequested: true);
        var silent = await CustomerAsync(remindersRequested: false);

        // (customer, type, use) → reminded?
        var cases = new (Guid Customer, string Type, string Use, bool Reminded, string Case)[]
        {
            (silent, scale, "TradeSettlement", true, "periodic compulsory"),
            (asking, scale, "TradeSettlement", true, "periodic compulsory, customer asked as well"),
            (silent, gauge, "Other", false, "not compulsory, customer did not ask"),
            (asking, gauge, "Other", true, "not compulsory, customer asked"),
            (silent, meter, "TradeSettlement", false, "initial only"),
            (asking, meter, "TradeSettlement", false, "initial only, customer asked"),
        };
        var instruments = new List<Guid>();
        foreach (var (customer, type, use, _, _) in cases)
        {
            instruments.Add(await Host.MakeDueAsync(await Desk.InstrumentAsync(Admin, customer, type, usage: use), Today.AddDays(7)));
        }

        // The meter's type is re-catalogued as verified initially only after the due dates were set.
        var meterType = await Expect.JsonAsync(await Admin.GetAsync($"/api/instrument-types/{meter}"), 200);
        await Expect.StatusAsync(await Admin.PutAsJsonAsync($"/api/instrument-types/{meter}", new
        {
            name = "饮用冷水水表", procedureCode = meterType.GetProperty("procedureCode").GetString(), compulsory = true, compulsoryVerification = "InitialOnly",
            intervalMonths = 12, fee = 15, version = meterType.GetProperty("version").GetInt32(),
        }), 200);
        var listed = new HashSet<Guid>();
        foreach (var customer in new[] { asking, silent })
        {
            var due = await Expect.JsonAsync(await Admin.GetAsync($"/api/recalls/due?within=30&customerId={customer}"), 200);
            listed.UnionWith(due.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("instrumentId").GetGuid()));
        }

        await Host.RunRecallScanAsync();
        var reminded = new HashSet<string>();
        foreach (var customer in new[] { asking, silent })
        {
            var written = await Expect.JsonAsync(await Admin.GetAsync($"/api/notifications?kind=InstrumentDue&customerId={customer}&pageSize=50"), 200);
            reminded.UnionWith(written.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("subjectKey").GetString()!));
        }

        Assert.Multiple(() =>
        {
            for (var n = 0; n < cases.Length; n++)
            {
                Assert.That(listed.Contains(instruments[n]), Is.EqualTo(cases[n].Reminded), "due list: " + cases[n].Case);
                Assert.That(reminded.Contains(instruments[n].ToString()), Is.EqualTo(cases[n].Reminded), "scan: " + cases[n].Case);
            }
        });
    }

    [Test]
    public async Task The_due_list_says_whether_an_instrument_is_compulsory_by_its_type_and_use()
    {
        var gauge = await TypeAsync("一般压力表", "SafetyProtection");
        var customer = await CustomerAsync(remindersRequested: true);
        var boiler = await Host.MakeDueAsync(await Desk.InstrumentAsync(Admin, customer, gauge, usage: "SafetyProtection"), Today.AddDays(3));
        var bench = await Host.MakeDueAsync(await Desk.InstrumentAsync(Admin, customer, gauge, usage: "Other"), Today.AddDays(4));

        var due = await Expect.JsonAsync(await Admin.GetAsync($"/api/recalls/due?customerId={customer}"), 200);

        var compulsory = due.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("instrumentId").GetGuid(), i => i.GetProperty("compulsory").GetBoolean());
        Assert.That(compulsory, Is.EqualTo(new Dictionary<Guid, bool> { [boiler] = true, [bench] = false }));
    }

    private async Task<string> TypeAsync(string name, string use)
    {
        var procedure = $"JJG {Random.Shared.Next(10000, 99999)}-2019";
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/procedures", new { code = procedure, title = name, kind = "VerificationRegulation" }), 201);
        var code = UniqueCode();
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/instrument-types", new { code, name, procedureCode = procedure, compulsory = true, compulsoryUses = new[] { use }, intervalMonths = 12, fee = 30 }), 201);
        return code;
    }

    private async Task<Guid> CustomerAsync(bool remindersRequested)
    {
        var c = ReceptionDesk.Customer();
        var body = new { c.Name, c.CreditCode, c.ContactName, c.Phone, c.Address, c.District, c.Category, remindersRequested };
        return (await Expect.JsonAsync(await Admin.PostAsJsonAsync("/api/customers", body), 201)).GetProperty("id").GetGuid();
    }
}
