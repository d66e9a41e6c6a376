using System.Net.Http.Json;
using System.Text.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Standards;

public sealed class TraceabilityChainTests(string database) : ApiTest(database)
{
    private static DateOnly Today => StandardsData.Today;

    [Test]
    public async Task The_weight_set_traces_through_guangdong_to_the_national_kilogram()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var assetNo = await data.CalibratedWeightSetAsync();

        var chain = await Expect.JsonAsync(await data.Quality.GetAsync($"/api/traceability/equipment/{assetNo}"), 200);

        var links = chain.GetProperty("links").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(chain.GetProperty("valid").GetBoolean(), Is.True);
            Assert.That(chain.GetProperty("on").GetString(), Is.EqualTo(StandardsData.Iso(Today)));
            Assert.That(links.Select(l => l.GetProperty("kind").GetString()), Is.EqualTo(new[] { "Equipment", "MeasurementStandard", "Calibration", "ReferenceStandard", "ReferenceStandard" }));
            Assert.That(links[^1].GetProperty("code").GetString(), Is.EqualTo(data.Kilogram));
            Assert.That(links[^1].GetProperty("name").GetString(), Is.EqualTo("国家千克基准"));
            Assert.That(links.All(l => l.GetProperty("valid").GetBoolean()), Is.True);
        });
    }

    [Test]
    public async Task On_a_date_after_the_calibration_expired_the_calibration_link_is_invalid_with_the_reason()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var assetNo = await data.WeightSetAsync();
        await Expect.StatusAsync(await data.CalibrateAsync(assetNo, Today.AddYears(-2), Today.AddYears(-1)), 201);

        var chain = await Expect.JsonAsync(await data.Quality.GetAsync($"/api/traceability/equipment/{assetNo}?on={StandardsData.Iso(Today.AddMonths(-6))}"), 200);

        var calibration = chain.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("kind").GetString() == "Calibration");
        Assert.Multiple(() =>
        {
            Assert.That(chain.GetProperty("valid").GetBoolean(), Is.False);
            Assert.That(calibration.GetProperty("valid").GetBoolean(), Is.False);
            Assert.That(calibration.GetProperty("reason").GetString(), Does.Contain("No calibration covers"));
        });
        var earlier = await Expect.JsonAsync(await data.Quality.GetAsync($"/api/traceability/equipment/{assetNo}?on={StandardsData.Iso(Today.AddYears(-1))}"), 200);
        Assert.That(earlier.GetProperty("valid").GetBoolean(), Is.True, "the last day of validity is still covered");
    }

    [Test]
    public async Task A_failed_calibration_and_an_expired_assessment_break_their_links()
    {
        var data = await new StandardsData(Host).ArrangeAsync(assessmentValidUntil: Today.AddDays(-1));
        var assetNo = await data.WeightSetAsync();
        await Expect.StatusAsync(await data.CalibrateAsync(assetNo, Today.AddMonths(-3), Today.AddMonths(9), conformity: "Fail"), 201);

        var chain = await Expect.JsonAsync(await data.Quality.GetAsync($"/api/traceability/equipment/{assetNo}"), 200);

        var invalid = chain.GetProperty("links").EnumerateArray().Where(l => !l.GetProperty("valid").GetBoolean()).ToDictionary(l => l.GetProperty("kind").GetString()!, l => l.GetProperty("reason").GetString());
        Assert.That(invalid.Keys, Is.EquivalentTo(new[] { "MeasurementStandard", "Calibration" }));
        Assert.Multiple(() =>
        {
            Assert.That(invalid["MeasurementStandard"], Does.Contain("assessment certificate"));
            Assert.That(invalid["Calibration"], Does.Contain("Fail"));
        });
    }

    [Test]
    public async Task A_chain_that_ends_at_an_external_standard_is_broken_at_its_top()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var station = StandardsData.Code("EXT");
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/reference-standards", new { code = station, name = "某计量站砝码标准", holder = "某计量站", kind = "ExternalStandard" }), 201);
        var assetNo = await data.WeightSetAsync();
        await Expect.StatusAsync(await data.CalibrateAsync(assetNo, Today.AddMonths(-3), Today.AddMonths(9), tracesTo: station), 201);

        var chain = await Expect.JsonAsync(await data.Quality.GetAsync($"/api/traceability/equipment/{assetNo}"), 200);

        var top = chain.GetProperty("links").EnumerateArray().Last();
        Assert.Multiple(() =>
        {
            Assert.That(chain.GetProperty("valid").GetBoolean(), Is.False);
            Assert.That(top.GetProperty("code").GetString(), Is.EqualTo(station));
            Assert.That(top.GetProperty("valid").GetBoolean(), Is.False);
            Assert.That(top.GetProperty("reason").GetString(), Does.Contain("does not reach a national primary standard"));
        });
    }

    [Test]
    public async Task A_date_that_is_not_a_date_is_400()
    {
        var response = await Admin.GetAsync("/api/traceability/equipment/ANY?on=2026-13-45");
        await Expect.StatusAsync(response, 400);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("malformed-request"));
    }
}
