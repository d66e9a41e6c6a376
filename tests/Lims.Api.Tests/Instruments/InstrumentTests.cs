using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Instruments;

public sealed class InstrumentTests(string database) : ApiTest(database)
{
    private ReceptionDesk Desk => new(Admin);

    [Test]
    public async Task An_instrument_takes_its_compulsory_flag_and_interval_from_its_type()
    {
        var type = await Desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30m, intervalMonths: 12);
        var customer = (await Desk.CustomerAsync(Admin)).GetProperty("id").GetGuid();
        var id = await Desk.InstrumentAsync(Admin, customer, type, "YS2026001");
        var instrument = await Expect.JsonAsync(await Admin.GetAsync($"/api/instruments/{id}"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(instrument.GetProperty("compulsory").GetBoolean(), Is.True);
            Assert.That(instrument.GetProperty("intervalMonths").GetInt32(), Is.EqualTo(12));
            Assert.That(instrument.GetProperty("typeName").GetString(), Is.EqualTo("电子计价秤"));
            Assert.That(instrument.GetProperty("status").GetString(), Is.EqualTo("InService"));
            Assert.That(instrument.GetProperty("lastVerifiedOn").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
            Assert.That(instrument.GetProperty("certificates").GetArrayLength(), Is.Zero);
        });
    }

    [Test]
    public async Task The_same_type_manufacturer_and_serial_number_is_409()
    {
        var type = await Desk.InstrumentTypeAsync("电子台秤", compulsory: true, fee: 30m);
        var customer = (await Desk.CustomerAsync(Admin)).GetProperty("id").GetGuid();
        await Desk.InstrumentAsync(Admin, customer, type, "DUP-1");
        var again = await Admin.PostAsJsonAsync("/api/instruments", new { customerId = customer, typeCode = type, manufacturer = "上海友声衡器有限公司", model = "x", serialNumber = "DUP-1", range = "x", usage = "TradeSettlement" });
        await Expect.ProblemAsync(again, 409, "duplicate-instrument");
    }

    [Test]
    public async Task An_unknown_type_or_customer_is_422()
    {
        var customer = (await Desk.CustomerAsync(Admin)).GetProperty("id").GetGuid();
        var unknownType = await Admin.PostAsJsonAsync("/api/instruments", new { customerId = customer, typeCode = "NOSUCHTYPE", manufacturer = "x", model = "x", serialNumber = "1", range = "x", usage = "Other" });
        await Expect.ProblemAsync(unknownType, 422, "unknown-instrument-type");
        var type = await Desk.InstrumentTypeAsync("压力表", compulsory: false, fee: 20m);
        var unknownCustomer = await Admin.PostAsJsonAsync("/api/instruments", new { customerId = Guid.NewGuid(), typeCode = type, manufacturer = "x", model = "x", serialNumber = "1", range = "x", usage = "Other" });
        await Expect.ProblemAsync(unknownCustomer, 422, "unknown-customer");
    }

    [Test]
    public async Task Instruments_are_listed_by_customer_and_compulsory_flag()
    {
        var compulsory = await Desk.InstrumentTypeAsync("加油机", compulsory: true, fee: 100m);
        var voluntary = await Desk.InstrumentTypeAsync("数字多用表", compulsory: false, fee: 80m, calibrationSpecification: true);
        var customer = (await Desk.CustomerAsync(Admin, "中国石化江门分公司", "FuelStation")).GetProperty("id").GetGuid();
        await Desk.InstrumentAsync(Admin, customer, compulsory);
        await Desk.InstrumentAsync(Admin, customer, compulsory);
        await Desk.InstrumentAsync(Admin, customer, voluntary);
        var all = await Expect.JsonAsync(await Admin.GetAsync($"/api/instruments?customerId={customer}"), 200);
        var onlyCompulsory = await Expect.JsonAsync(await Admin.GetAsync($"/api/instruments?customerId={customer}&compulsory=true"), 200);
        var due = await Expect.JsonAsync(await Admin.GetAsync($"/api/instruments?customerId={customer}&dueBefore=2030-01-01"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(all.GetProperty("total").GetInt32(), Is.EqualTo(3));
            Assert.That(onlyCompulsory.GetProperty("total").GetInt32(), Is.EqualTo(2));
            Assert.That(due.GetProperty("total").GetInt32(), Is.EqualTo(3), "never verified counts as due");
        });
        await Expect.ProblemAsync(await Admin.GetAsync("/api/instruments?dueBefore=not-a-date"), 400, "malformed-request");
    }
}
