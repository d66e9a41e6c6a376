using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Standards;

public sealed class MeasurementStandardTests(string database) : ApiTest(database)
{
    [Test]
    public async Task A_standard_is_registered_with_its_scope_and_read_back()
    {
        var data = await new StandardsData(Host).ArrangeAsync();

        var standard = await Expect.JsonAsync(await data.Quality.GetAsync($"/api/standards/{data.Standard}"), 200);

        Assert.Multiple(() =>
        {
            Assert.That(standard.GetProperty("name").GetString(), Is.EqualTo("E2等级砝码标准装置"));
            Assert.That(standard.GetProperty("laboratoryCode").GetString(), Is.EqualTo(data.Lab));
            Assert.That(standard.GetProperty("isPublicStandard").GetBoolean(), Is.True);
            Assert.That(standard.GetProperty("procedureCodes").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[] { StandardsData.Scale, StandardsData.Balance }));
        });
        var list = await Expect.JsonAsync(await data.Quality.GetAsync($"/api/standards?laboratoryCode={data.Lab}"), 200);
        Assert.That(list.GetProperty("total").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task Invalid_fields_are_named_one_by_one()
    {
        var response = await Admin.PostAsJsonAsync("/api/standards", new { code = "有 空格", name = "", laboratoryCode = "JM", procedureCodes = new[] { "GB 1-2000" } });
        await Expect.ValidationErrorsAsync(response, "code", "name", "assessmentCertificateNo", "assessmentValidUntil", "isPublicStandard", "procedureCodes[0]");
    }

    [Test]
    public async Task Another_laboratory_or_an_unknown_procedure_is_422()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var otherLab = await data.Quality.PostAsJsonAsync("/api/standards", new { code = StandardsData.Code("S"), name = "x", laboratoryCode = "NOLAB", assessmentCertificateNo = "x", assessmentValidUntil = "2030-01-01", isPublicStandard = false, procedureCodes = new[] { StandardsData.Scale } });
        await Expect.ProblemAsync(otherLab, 422, "standard-for-another-laboratory");
        var noProcedure = await data.Quality.PostAsJsonAsync("/api/standards", new { code = StandardsData.Code("S"), name = "x", laboratoryCode = data.Lab, assessmentCertificateNo = "x", assessmentValidUntil = "2030-01-01", isPublicStandard = false, procedureCodes = new[] { "JJG 9999-2099" } });
        await Expect.ProblemAsync(noProcedure, 422, "unknown-procedure");
    }

    [Test]
    public async Task A_standard_without_a_laboratory_is_registered_in_its_makers()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var code = StandardsData.Code("S");

        var created = await Expect.JsonAsync(await data.Quality.PostAsJsonAsync("/api/standards", new { code, name = "x", assessmentCertificateNo = "x", assessmentValidUntil = "2030-01-01", isPublicStandard = false, procedureCodes = new[] { StandardsData.Scale } }), 201);

        Assert.That(created.GetProperty("laboratoryCode").GetString(), Is.EqualTo(data.Lab));
    }

    [Test]
    public async Task A_duplicate_code_is_409_and_an_unknown_one_404()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var again = await data.Quality.PostAsJsonAsync("/api/standards", new { code = data.Standard, name = "x", laboratoryCode = data.Lab, assessmentCertificateNo = "x", assessmentValidUntil = "2030-01-01", isPublicStandard = false, procedureCodes = new[] { StandardsData.Scale } });
        await Expect.ProblemAsync(again, 409, "duplicate-code");
        await Expect.ProblemAsync(await data.Quality.GetAsync("/api/standards/NOSUCH"), 404, "not-found");
    }
}
