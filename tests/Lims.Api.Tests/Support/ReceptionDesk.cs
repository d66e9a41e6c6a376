using System.Net.Http.Json;
using System.Text.Json;

namespace Lims.Api.Tests.Support;

/// <summary>Sets up what a reception test needs, through the API as a user would.</summary>
public sealed class ReceptionDesk(HttpClient admin)
{
    public async Task<string> LaboratoryAsync(string level = "City")
    {
        var code = ("R" + Guid.NewGuid().ToString("N")[..9]).ToUpperInvariant();
        await Expect.StatusAsync(await admin.PostAsJsonAsync("/api/laboratories", new { code, name = level == "City" ? "江门市计量测试所" : "台山市计量所", level, accreditationNo = "CNAS L0001", address = "江门市蓬江区" }), 201);
        return code;
    }

    /// <summary>An instrument type and its procedure; returns the type code.</summary>
    public async Task<string> InstrumentTypeAsync(string name, bool compulsory, decimal fee, int intervalMonths = 12, bool calibrationSpecification = false)
    {
        var series = calibrationSpecification ? "JJF" : "JJG";
        var procedure = $"{series} {Random.Shared.Next(10000, 99999)}-2016";
        await Expect.StatusAsync(await admin.PostAsJsonAsync("/api/procedures", new { code = procedure, title = name + "检定规程", kind = calibrationSpecification ? "CalibrationSpecification" : "VerificationRegulation" }), 201);
        var code = ("T" + Guid.NewGuid().ToString("N")[..9]).ToUpperInvariant();
        await Expect.StatusAsync(await admin.PostAsJsonAsync("/api/instrument-types", new { code, name, procedureCode = procedure, compulsory, intervalMonths, fee }), 201);
        return code;
    }

    public const string Supermarket = "江门市蓬江区华润万家超市有限公司";

    public async Task<JsonElement> CustomerAsync(HttpClient? client, string name = Supermarket, string category = "Market") =>
        await Expect.JsonAsync(await (client ?? admin).PostAsJsonAsync("/api/customers", Customer(name, category)), 201);

    public async Task<Guid> InstrumentAsync(HttpClient? client, Guid customerId, string typeCode, string? serial = null, string usage = "TradeSettlement")
    {
        var body = await Expect.JsonAsync(await (client ?? admin).PostAsJsonAsync("/api/instruments", Instrument(customerId, typeCode, serial) with { Usage = usage }), 201);
        return body.GetProperty("id").GetGuid();
    }

    /// <summary>The body of <c>POST /api/customers</c>: a market in 蓬江区 with a new credit code.</summary>
    public static CustomerBody Customer(string name = Supermarket, string category = "Market", string? email = null) =>
        new(name, CreditCodes.New(), "陈经理", "0750-3123456", "广东省江门市蓬江区万达广场 1 层", "蓬江区", category, email);

    /// <summary>The body of <c>POST /api/instruments</c>: a trade scale with a new serial number unless one is given.</summary>
    public static InstrumentBody Instrument(Guid customerId, string typeCode, string? serialNumber = null) =>
        new(customerId, typeCode, "上海友声衡器有限公司", "ACS-15", serialNumber ?? "SN" + Guid.NewGuid().ToString("N")[..12], "(0~15) kg", "Ⅲ", "TradeSettlement", "生鲜区 3 号摊位");

    /// <summary>The body of <c>POST /api/submissions</c>: the instruments handed in together, each for <paramref name="service"/>.</summary>
    public static SubmissionBody Submission(Guid customerId, string laboratoryCode, IEnumerable<Guid> instruments, string service = "Verification") =>
        new(customerId, laboratoryCode, [.. instruments.Select(id => Item(id, service))]);

    /// <summary>One item of a submission, in good condition, without accessories.</summary>
    public static SubmissionItem Item(Guid instrumentId, string service = "Verification") => new(instrumentId, service, "外观完好 / Good", "");
}
