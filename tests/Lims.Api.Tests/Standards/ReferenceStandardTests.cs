using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Standards;

public sealed class ReferenceStandardTests(string database) : ApiTest(database)
{
    [Test]
    public async Task The_national_kilogram_is_read_back_as_the_top_of_the_chain()
    {
        var data = await new StandardsData(Host).ArrangeAsync();

        var kilogram = await Expect.JsonAsync(await Admin.GetAsync($"/api/reference-standards/{data.Kilogram}"), 200);
        var guangdong = await Expect.JsonAsync(await Admin.GetAsync($"/api/reference-standards/{data.Guangdong}"), 200);

        Assert.Multiple(() =>
        {
            Assert.That(kilogram.GetProperty("kind").GetString(), Is.EqualTo("NationalPrimaryStandard"));
            Assert.That(kilogram.GetProperty("holder").GetString(), Is.EqualTo("中国计量科学研究院"));
            Assert.That(kilogram.GetProperty("tracesTo").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
            Assert.That(guangdong.GetProperty("tracesTo").GetString(), Is.EqualTo(data.Kilogram));
        });
        var list = await Expect.JsonAsync(await Admin.GetAsync($"/api/reference-standards?query={data.Kilogram}"), 200);
        Assert.That(list.GetProperty("total").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_national_primary_standard_that_traces_somewhere_is_422()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var response = await Admin.PostAsJsonAsync("/api/reference-standards", new { code = StandardsData.Code("KG"), name = "国家千克基准", holder = "中国计量科学研究院", kind = "NationalPrimaryStandard", tracesTo = data.Guangdong });
        await Expect.ProblemAsync(response, 422, "national-standard-traces-nowhere");
    }

    [Test]
    public async Task Pointing_the_kilogram_chain_back_on_itself_is_a_cycle()
    {
        var top = StandardsData.Code("A");
        var below = StandardsData.Code("B");
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/reference-standards", new { code = top, name = "某省砝码标准", holder = "某省计量院", kind = "ExternalStandard" }), 201);
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/reference-standards", new { code = below, name = "某市砝码标准", holder = "某市计量所", kind = "ExternalStandard", tracesTo = top }), 201);

        var response = await Admin.PutAsJsonAsync($"/api/reference-standards/{top}", new { name = "某省砝码标准", holder = "某省计量院", kind = "ExternalStandard", tracesTo = below, version = 1 });

        var problem = await Expect.ProblemAsync(response, 422, "traceability-cycle");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("circle"));
    }

    [Test]
    public async Task An_unknown_upstream_is_422_and_an_unknown_code_404()
    {
        var response = await Admin.PostAsJsonAsync("/api/reference-standards", new { code = StandardsData.Code("X"), name = "x", holder = "x", kind = "ExternalStandard", tracesTo = "NOWHERE" });
        await Expect.ProblemAsync(response, 422, "unknown-reference-standard");
        await Expect.ProblemAsync(await Admin.GetAsync("/api/reference-standards/NOSUCH"), 404, "not-found");
    }

    [Test]
    public async Task Invalid_fields_are_named_one_by_one()
    {
        var response = await Admin.PostAsJsonAsync("/api/reference-standards", new { code = "", name = "", holder = new string('院', 201) });
        await Expect.ValidationErrorsAsync(response, "code", "name", "holder", "kind");
    }
}
