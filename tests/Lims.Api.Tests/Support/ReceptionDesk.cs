using System.Net.Http.Json;
using System.Text.Json;

namespace Lims.Api.Tests.Support;

/// <summary>Sets up what a reception test needs, through the API as a user would.</summary>
public sealed class ReceptionDesk(HttpClient admin)
{
    public async Task<string> LaboratoryAsync()
    {
        var code = ("R" + Guid.NewGuid().ToString("N")[..9]).ToUpperInvariant();
        await Expect.StatusAsync(await admin.PostAsJsonAsync("/api/laboratories", new { code, name = "江门市计量测试所", level = "City", accreditationNo = "CNAS L0001", address = "江门市蓬江区" }), 201);
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

    public async Task<JsonElement> CustomerAsync(HttpClient? client, string name = "江门市蓬江区华润万家超市有限公司", string category = "Market")
    {
        var response = await (client ?? admin).PostAsJsonAsync("/api/customers", new
        {
            name,
            creditCode = CreditCodes.New(),
            contactName = "陈经理",
            phone = "0750-3123456",
            address = "广东省江门市蓬江区万达广场 1 层",
            district = "蓬江区",
            category,
        });
        return await Expect.JsonAsync(response, 201);
    }

    public async Task<Guid> InstrumentAsync(HttpClient? client, Guid customerId, string typeCode, string? serial = null)
    {
        var response = await (client ?? admin).PostAsJsonAsync("/api/instruments", new
        {
            customerId,
            typeCode,
            manufacturer = "上海友声衡器有限公司",
            model = "ACS-15",
            serialNumber = serial ?? "SN" + Guid.NewGuid().ToString("N")[..10],
            range = "(0~15) kg",
            accuracyClass = "Ⅲ",
            usage = "TradeSettlement",
            location = "生鲜区 3 号摊位",
        });
        var body = await Expect.JsonAsync(response, 201);
        return body.GetProperty("id").GetGuid();
    }
}
