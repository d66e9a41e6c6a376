using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.ReferenceData;

public sealed class ProcedureTests(string database) : ApiTest(database)
{
    private static string NewCode(string series = "JJG") => $"{series} {Random.Shared.Next(10000, 99999)}-2016";

    [Test]
    public async Task A_verification_regulation_is_created_and_found_by_its_code()
    {
        var code = NewCode();
        var created = await Admin.PostAsJsonAsync("/api/procedures", new { code, title = "数字指示秤检定规程", kind = "VerificationRegulation" });
        await Expect.StatusAsync(created, 201);
        var procedure = await Expect.JsonAsync(await Admin.GetAsync(created.Headers.Location), 200);
        Assert.That(procedure.GetProperty("title").GetString(), Is.EqualTo("数字指示秤检定规程"));
    }

    [TestCase("JJG539-2016")]
    [TestCase("GB 7724-2008")]
    [TestCase("JJG 539")]
    [TestCase("")]
    public async Task A_malformed_code_is_400(string code)
    {
        var response = await Admin.PostAsJsonAsync("/api/procedures", new { code, title = "x", kind = "VerificationRegulation" });
        await Expect.ValidationErrorsAsync(response, "code");
    }

    [Test]
    public async Task A_jjf_code_cannot_be_a_verification_regulation()
    {
        var response = await Admin.PostAsJsonAsync("/api/procedures", new { code = NewCode("JJF"), title = "x", kind = "VerificationRegulation" });
        await Expect.ValidationErrorsAsync(response, "kind");
    }

    [Test]
    public async Task A_duplicate_code_is_409()
    {
        var code = NewCode();
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/procedures", new { code, title = "x", kind = "VerificationRegulation" }), 201);
        await Expect.ProblemAsync(await Admin.PostAsJsonAsync("/api/procedures", new { code, title = "y", kind = "VerificationRegulation" }), 409, "duplicate-code");
    }

    [Test]
    public async Task The_list_filters_by_kind()
    {
        var jjf = NewCode("JJF");
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/procedures", new { code = jjf, title = "校准规范", kind = "CalibrationSpecification" }), 201);
        var page = await Expect.JsonAsync(await Admin.GetAsync("/api/procedures?kind=CalibrationSpecification&pageSize=200"), 200);
        var kinds = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()).Distinct();
        Assert.That(kinds, Is.EqualTo(new[] { "CalibrationSpecification" }));
    }
}
