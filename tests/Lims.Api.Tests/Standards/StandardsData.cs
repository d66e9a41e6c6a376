using System.Globalization;
using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Standards;

/// <summary>
/// A city laboratory's E2 weight standard (E2等级砝码标准装置), its weight set calibrated by
/// 广东省计量科学研究院 against an E1 standard that traces to 国家千克基准 (中国计量科学研究院).
/// Every call makes new codes, because the database is shared by all tests. The administrator
/// registers the laboratory and the reference standards (the city's shared chain); the
/// laboratory's quality manager (<see cref="Quality"/>) its standard and equipment.
/// </summary>
internal sealed class StandardsData(ILimsApi host, string level = "City")
{
    private readonly HttpClient admin = host.Admin;

    public const string Scale = "JJG 539-2016";

    /// <summary>The laboratories' today (China Standard Time), as the API computes it.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public string Lab { get; } = Code("L");

    public string Kilogram { get; } = Code("CNKG");

    public string Guangdong { get; } = Code("GDE1");

    public string Standard { get; } = Code("JMM");

    /// <summary>A quality manager of <see cref="Lab"/>, signed in.</summary>
    public HttpClient Quality { get; private set; } = null!;

    public string QualityName { get; private set; } = "";

    public static string Code(string prefix) => (prefix + Guid.NewGuid().ToString("N")[..10]).ToUpperInvariant();

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Laboratory, procedure, the two reference standards and the measurement standard.</summary>
    public async Task<StandardsData> ArrangeAsync(DateOnly? assessmentValidUntil = null)
    {
        await Expect.StatusAsync(await admin.PostAsJsonAsync("/api/laboratories", new { code = Lab, name = level == "City" ? "江门市计量测试所" : "台山市计量所", level, accreditationNo = "CNAS L0001", address = "广东省江门市蓬江区" }), 201);
        (Quality, QualityName) = await host.NewUserInAsync(Lab, "QualityManager");
        var procedure = await admin.PostAsJsonAsync("/api/procedures", new { code = Scale, title = "数字指示秤", kind = "VerificationRegulation" });
        Assert.That((int)procedure.StatusCode, Is.AnyOf(201, 409));
        await Expect.StatusAsync(await admin.PostAsJsonAsync("/api/reference-standards", new { code = Kilogram, name = "国家千克基准", holder = "中国计量科学研究院", kind = "NationalPrimaryStandard" }), 201);
        await Expect.StatusAsync(await admin.PostAsJsonAsync("/api/reference-standards", new { code = Guangdong, name = "E1等级砝码标准装置", holder = "广东省计量科学研究院", kind = "ExternalStandard", tracesTo = Kilogram }), 201);
        await Expect.StatusAsync(await Quality.PostAsJsonAsync("/api/standards", new
        {
            code = Standard,
            name = "E2等级砝码标准装置",
            laboratoryCode = Lab,
            assessmentCertificateNo = "[2023]粤量标江法证字第001号",
            assessmentValidUntil = Iso(assessmentValidUntil ?? Today.AddYears(2)),
            isPublicStandard = true,
            procedureCodes = new[] { Scale },
        }), 201);
        return this;
    }

    public async Task<string> WeightSetAsync()
    {
        var assetNo = Code("ZC");
        await Expect.StatusAsync(await Quality.PostAsJsonAsync("/api/equipment", new { assetNo, name = "E2等级砝码组 1 mg–500 g", manufacturer = "上海衡器厂", model = "E2-500", serialNumber = "2301457", standardCode = Standard }), 201);
        return assetNo;
    }

    public Task<HttpResponseMessage> CalibrateAsync(string assetNo, DateOnly calibratedOn, DateOnly validUntil, string conformity = "Pass", string? tracesTo = null, string? certificateNo = null) =>
        Quality.PostAsJsonAsync($"/api/equipment/{assetNo}/calibrations", new
        {
            certificateNo = certificateNo ?? Code("GDJL"),
            issuedBy = "广东省计量科学研究院",
            calibratedOn = Iso(calibratedOn),
            validUntil = Iso(validUntil),
            expandedUncertainty = "0.05 mg (k=2)",
            conformity,
            tracesTo = tracesTo ?? Guangdong,
        });

    /// <summary>A weight set in service, calibrated three months ago for a year.</summary>
    public async Task<string> CalibratedWeightSetAsync()
    {
        var assetNo = await WeightSetAsync();
        await Expect.StatusAsync(await CalibrateAsync(assetNo, Today.AddMonths(-3), Today.AddMonths(9)), 201);
        return assetNo;
    }
}
