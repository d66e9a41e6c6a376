using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.ReferenceData;

public sealed class InstrumentTypeTests(string database) : ApiTest(database)
{
    private async Task<string> ProcedureAsync(string series, string kind)
    {
        var code = $"{series} {Random.Shared.Next(10000, 99999)}-2016";
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/procedures", new { code, title = "规程", kind }), 201);
        return code;
    }

    [Test]
    public async Task A_compulsory_type_is_created_with_its_interval_and_fee()
    {
        var procedure = await ProcedureAsync("JJG", "VerificationRegulation");
        var code = UniqueCode("PS");
        var type = await Expect.JsonAsync(await Admin.PostAsJsonAsync("/api/instrument-types", new { code, name = "电子计价秤", procedureCode = procedure, compulsory = true, intervalMonths = 12, fee = 25.50m }), 201);
        Assert.Multiple(() =>
        {
            Assert.That(type.GetProperty("fee").GetDecimal(), Is.EqualTo(25.50m));
            Assert.That(type.GetProperty("compulsory").GetBoolean(), Is.True);
            Assert.That(type.GetProperty("procedureCode").GetString(), Is.EqualTo(procedure));
        });
    }

    [Test]
    public async Task An_unknown_procedure_is_refused_with_422()
    {
        var response = await Admin.PostAsJsonAsync("/api/instrument-types", new { code = UniqueCode("X"), name = "x", procedureCode = "JJG 1-1999", compulsory = false, intervalMonths = 12, fee = 0 });
        await Expect.ProblemAsync(response, 422, "unknown-procedure");
    }

    [Test]
    public async Task A_compulsory_type_under_a_calibration_specification_is_refused_with_422()
    {
        var procedure = await ProcedureAsync("JJF", "CalibrationSpecification");
        var response = await Admin.PostAsJsonAsync("/api/instrument-types", new { code = UniqueCode("X"), name = "x", procedureCode = procedure, compulsory = true, intervalMonths = 12, fee = 0 });
        await Expect.ProblemAsync(response, 422, "compulsory-needs-verification-regulation");
    }

    [Test]
    public async Task Missing_flags_and_bad_numbers_are_named_by_field()
    {
        var response = await Admin.PostAsJsonAsync("/api/instrument-types", new { code = UniqueCode("X"), name = "x", procedureCode = "JJG 1-1999", intervalMonths = 0, fee = -1.234m });
        await Expect.ValidationErrorsAsync(response, "compulsory", "intervalMonths", "fee");
    }

    [Test]
    public async Task An_update_changes_the_interval_and_is_audited()
    {
        var procedure = await ProcedureAsync("JJG", "VerificationRegulation");
        var code = UniqueCode("TX");
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/instrument-types", new { code, name = "出租汽车计价器", procedureCode = procedure, compulsory = true, intervalMonths = 12, fee = 40 }), 201);
        var updated = await Expect.JsonAsync(await Admin.PutAsJsonAsync($"/api/instrument-types/{code}", new { name = "出租汽车计价器", procedureCode = procedure, compulsory = true, intervalMonths = 6, fee = 40, version = 1 }), 200);
        Assert.That(updated.GetProperty("intervalMonths").GetInt32(), Is.EqualTo(6));

        var audit = await Expect.JsonAsync(await Admin.GetAsync($"/api/audit?entity=InstrumentType&key={code}"), 200);
        var update = audit.GetProperty("items").EnumerateArray().First(i => i.GetProperty("action").GetString() == "Update");
        var interval = update.GetProperty("changes").GetProperty("intervalMonths");
        Assert.Multiple(() =>
        {
            Assert.That(interval.GetProperty("before").GetInt32(), Is.EqualTo(12));
            Assert.That(interval.GetProperty("after").GetInt32(), Is.EqualTo(6));
            Assert.That(update.GetProperty("changes").TryGetProperty("name", out _), Is.False, "unchanged fields are not listed");
        });
    }
}
