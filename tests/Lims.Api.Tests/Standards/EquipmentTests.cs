using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Standards;

public sealed class EquipmentTests(string database) : ApiTest(database)
{
    private static DateOnly Today => StandardsData.Today;

    [Test]
    public async Task A_weight_set_shows_its_calibrations_latest_first_and_its_next_due_date()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var assetNo = await data.WeightSetAsync();
        await Expect.StatusAsync(await data.CalibrateAsync(assetNo, Today.AddYears(-1).AddMonths(-3), Today.AddMonths(-3).AddDays(-1)), 201);
        await Expect.StatusAsync(await data.CalibrateAsync(assetNo, Today.AddMonths(-3), Today.AddMonths(9)), 201);

        var equipment = await Expect.JsonAsync(await data.Quality.GetAsync($"/api/equipment/{assetNo}"), 200);

        Assert.Multiple(() =>
        {
            Assert.That(equipment.GetProperty("status").GetString(), Is.EqualTo("InService"));
            Assert.That(equipment.GetProperty("standardCode").GetString(), Is.EqualTo(data.Standard));
            Assert.That(equipment.GetProperty("nextDue").GetString(), Is.EqualTo(StandardsData.Iso(Today.AddMonths(9))));
            Assert.That(equipment.GetProperty("calibrations").GetArrayLength(), Is.EqualTo(2));
            Assert.That(equipment.GetProperty("calibrations")[0].GetProperty("expandedUncertainty").GetString(), Is.EqualTo("0.05 mg (k=2)"));
            Assert.That(equipment.GetProperty("calibrations")[0].GetProperty("issuedBy").GetString(), Is.EqualTo("广东省计量科学研究院"));
        });
        var list = await Expect.JsonAsync(await data.Quality.GetAsync($"/api/equipment?standardCode={data.Standard}"), 200);
        Assert.That(list.GetProperty("items")[0].GetProperty("nextDue").GetString(), Is.EqualTo(StandardsData.Iso(Today.AddMonths(9))));
    }

    [TestCase(0, 0, "calibration-period-empty", TestName = "Valid until the calibration day itself is 422")]
    [TestCase(-10, -20, "calibration-period-empty", TestName = "Valid until before the calibration is 422")]
    [TestCase(1, 365, "calibration-in-future", TestName = "A calibration dated tomorrow is 422")]
    public async Task Calibration_dates_that_make_no_sense_are_refused(int calibratedInDays, int validInDays, string code)
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var assetNo = await data.WeightSetAsync();

        var response = await data.CalibrateAsync(assetNo, Today.AddDays(calibratedInDays), Today.AddDays(validInDays));

        await Expect.ProblemAsync(response, 422, code);
    }

    [Test]
    public async Task The_same_certificate_twice_for_one_weight_set_is_422()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var assetNo = await data.WeightSetAsync();
        await Expect.StatusAsync(await data.CalibrateAsync(assetNo, Today.AddMonths(-3), Today.AddMonths(9), certificateNo: "GDJL-2026-00123"), 201);

        var again = await data.CalibrateAsync(assetNo, Today.AddMonths(-2), Today.AddMonths(10), certificateNo: "GDJL-2026-00123");

        await Expect.ProblemAsync(again, 422, "duplicate-calibration-certificate");
    }

    [Test]
    public async Task A_calibration_tracing_to_an_unregistered_standard_is_422()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var assetNo = await data.WeightSetAsync();
        await Expect.ProblemAsync(await data.CalibrateAsync(assetNo, Today.AddMonths(-3), Today.AddMonths(9), tracesTo: "NOWHERE"), 422, "unknown-reference-standard");
    }

    [Test]
    public async Task Invalid_calibration_fields_are_named_one_by_one()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var assetNo = await data.WeightSetAsync();
        var response = await data.Quality.PostAsJsonAsync($"/api/equipment/{assetNo}/calibrations", new { certificateNo = "", issuedBy = "广东省计量科学研究院", expandedUncertainty = new string('x', 101) });
        await Expect.ValidationErrorsAsync(response, "certificateNo", "calibratedOn", "validUntil", "expandedUncertainty", "conformity", "tracesTo");
    }

    [Test]
    public async Task Invalid_equipment_fields_are_named_one_by_one()
    {
        var response = await Admin.PostAsJsonAsync("/api/equipment", new { assetNo = "资产 1", name = "砝码", model = "E2" });
        await Expect.ValidationErrorsAsync(response, "assetNo", "manufacturer", "serialNumber", "standardCode");
    }

    [Test]
    public async Task A_duplicate_asset_number_is_409_and_an_unknown_standard_422()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var assetNo = await data.WeightSetAsync();
        var again = await data.Quality.PostAsJsonAsync("/api/equipment", new { assetNo, name = "砝码", manufacturer = "x", model = "x", serialNumber = "x", standardCode = data.Standard });
        await Expect.ProblemAsync(again, 409, "duplicate-asset-no");
        var orphan = await data.Quality.PostAsJsonAsync("/api/equipment", new { assetNo = StandardsData.Code("ZC"), name = "砝码", manufacturer = "x", model = "x", serialNumber = "x", standardCode = "NOSUCH" });
        await Expect.ProblemAsync(orphan, 422, "unknown-standard");
    }

    [Test]
    public async Task Unknown_equipment_is_404_everywhere()
    {
        await Expect.ProblemAsync(await Admin.GetAsync("/api/equipment/NOSUCH"), 404, "not-found");
        await Expect.ProblemAsync(await Admin.PostAsJsonAsync("/api/equipment/NOSUCH/calibrations", new { certificateNo = "x", issuedBy = "x", calibratedOn = "2026-01-01", validUntil = "2027-01-01", expandedUncertainty = "1 mg (k=2)", conformity = "Pass", tracesTo = "X" }), 404, "not-found");
        await Expect.ProblemAsync(await Admin.PostAsJsonAsync("/api/equipment/NOSUCH/out-of-tolerance", new { foundOn = "2026-01-01", reason = "超差" }), 404, "not-found");
        await Expect.ProblemAsync(await Admin.GetAsync("/api/traceability/equipment/NOSUCH"), 404, "not-found");
        await Expect.ProblemAsync(await Admin.GetAsync("/api/traceability/impact?assetNo=NOSUCH"), 404, "not-found");
    }
}
