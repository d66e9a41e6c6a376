using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.ReferenceData;

/// <summary>Writes: Admin and QualityManager only. Reads: any signed-in user. Nothing without a token.</summary>
public sealed class ReferenceDataAuthorizationTests(string database) : ApiTest(database)
{
    private static readonly string[] Routes = ["/api/laboratories", "/api/procedures", "/api/instrument-types"];

    [TestCase("Admin", 201)]
    [TestCase("QualityManager", 201)]
    [TestCase("Reception", 403)]
    [TestCase("Technician", 403)]
    [TestCase("Reviewer", 403)]
    [TestCase("Approver", 403)]
    public async Task Each_role_may_or_may_not_create_reference_data(string role, int expected)
    {
        var client = await Host.SignInNewUserAsync(role);
        var procedureCode = $"JJG {Random.Shared.Next(10000, 99999)}-2020";
        await Expect.StatusAsync(await client.PostAsJsonAsync("/api/procedures", new { code = procedureCode, title = "规程", kind = "VerificationRegulation" }), expected);

        if (expected == 201)
        {
            var type = await client.PostAsJsonAsync("/api/instrument-types", new { code = UniqueCode("IT"), name = "秤", procedureCode, compulsory = true, intervalMonths = 12, fee = 20 });
            await Expect.StatusAsync(type, 201);
            // Laboratories: the City's administrators (here the first one, of no laboratory), not quality managers.
            var laboratory = await client.PostAsJsonAsync("/api/laboratories", new { code = UniqueCode("L"), name = "实验室", level = "County", address = "江门" });
            if (role == "Admin")
            {
                await Expect.StatusAsync(laboratory, 201);
            }
            else
            {
                await Expect.ProblemAsync(laboratory, 403, "laboratories-managed-by-city-administrators");
            }
        }
        else
        {
            await Expect.ProblemAsync(await client.PostAsJsonAsync("/api/instrument-types", new { code = UniqueCode("IT"), name = "秤", procedureCode, compulsory = true, intervalMonths = 12, fee = 20 }), 403, "forbidden");
            await Expect.ProblemAsync(await client.PutAsJsonAsync("/api/laboratories/ANY", new { name = "x", level = "City", address = "x", version = 1 }), 403, "forbidden");
        }
    }

    [TestCase("Reception")]
    [TestCase("Technician")]
    [TestCase("Reviewer")]
    [TestCase("Approver")]
    [TestCase("QualityManager")]
    public async Task Every_role_may_read_reference_data(string role)
    {
        var client = await Host.SignInNewUserAsync(role);
        foreach (var route in Routes)
        {
            await Expect.StatusAsync(await client.GetAsync(route), 200);
        }
    }

    [Test]
    public async Task Without_a_token_every_reference_route_is_401()
    {
        var client = Host.Anonymous();
        foreach (var route in Routes)
        {
            await Expect.ProblemAsync(await client.GetAsync(route), 401, "unauthenticated");
            await Expect.ProblemAsync(await client.PostAsJsonAsync(route, new { code = "X" }), 401, "unauthenticated");
            await Expect.ProblemAsync(await client.PutAsJsonAsync(route + "/X", new { code = "X" }), 401, "unauthenticated");
        }
    }

    [TestCase(null, 201, TestName = "The first administrator, of no laboratory, registers laboratories")]
    [TestCase("City", 201, TestName = "An administrator of the City laboratory registers laboratories")]
    [TestCase("County", 403, TestName = "An administrator of a county laboratory does not")]
    public async Task Laboratories_are_registered_by_the_citys_administrators(string? level, int expected)
    {
        var client = level is null ? await Host.SignInNewUserAsync("Admin") : await Host.SignInNewUserInAsync(await new ReceptionDesk(Admin).LaboratoryAsync(level), "Admin");

        var response = await client.PostAsJsonAsync("/api/laboratories", new { code = UniqueCode("L"), name = "实验室", level = "County", address = "江门" });

        await Expect.StatusAsync(response, expected);
    }

    [Test]
    public async Task A_county_quality_manager_cannot_make_their_laboratory_the_city_laboratory()
    {
        var county = await new ReceptionDesk(Admin).LaboratoryAsync("County");
        var quality = await Host.SignInNewUserInAsync(county, "QualityManager", "Admin");
        var lab = await Expect.JsonAsync(await Admin.GetAsync($"/api/laboratories/{county}"), 200);

        var response = await quality.PutAsJsonAsync($"/api/laboratories/{county}", new { name = "台山市计量所", level = "City", address = "台山市", version = lab.GetProperty("version").GetInt32() });

        await Expect.ProblemAsync(response, 403, "laboratories-managed-by-city-administrators");
        var unchanged = await Expect.JsonAsync(await Admin.GetAsync($"/api/laboratories/{county}"), 200);
        Assert.That(unchanged.GetProperty("level").GetString(), Is.EqualTo("County"));
    }
}
