using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Standards;

public sealed class StandardsAuthorizationTests(string database) : ApiTest(database)
{
    private static readonly string[] Writes =
    [
        "/api/standards",
        "/api/equipment",
        "/api/reference-standards",
        "/api/equipment/ANY/calibrations",
        "/api/equipment/ANY/out-of-tolerance",
    ];

    private static readonly string[] Reads =
    [
        "/api/standards",
        "/api/equipment",
        "/api/reference-standards",
        "/api/traceability/audit",
    ];

    [TestCase("Reception")]
    [TestCase("Technician")]
    [TestCase("Reviewer")]
    [TestCase("Approver")]
    public async Task Only_quality_managers_and_administrators_change_standards(string role)
    {
        var client = await Host.SignInNewUserInAsync(await new ReceptionDesk(Admin).LaboratoryAsync(), role);
        foreach (var route in Writes)
        {
            await Expect.ProblemAsync(await client.PostAsJsonAsync(route, new { code = "X" }), 403, "forbidden");
        }

        await Expect.ProblemAsync(await client.PutAsJsonAsync("/api/reference-standards/ANY", new { name = "x" }), 403, "forbidden");
        foreach (var route in Reads)
        {
            await Expect.StatusAsync(await client.GetAsync(route), 200);
        }
    }

    [Test]
    public async Task A_quality_manager_registers_a_reference_standard()
    {
        var client = await Host.SignInNewUserAsync("QualityManager");
        var response = await client.PostAsJsonAsync("/api/reference-standards", new { code = StandardsData.Code("KG"), name = "国家千克基准", holder = "中国计量科学研究院", kind = "NationalPrimaryStandard" });
        await Expect.StatusAsync(response, 201);
    }

    [Test]
    public async Task Without_a_token_every_standards_route_is_401()
    {
        var client = Host.Anonymous();
        foreach (var route in Writes)
        {
            await Expect.ProblemAsync(await client.PostAsJsonAsync(route, new { code = "X" }), 401, "unauthenticated");
        }

        foreach (var route in Reads.Append("/api/traceability/equipment/ANY").Append("/api/traceability/impact?assetNo=ANY"))
        {
            await Expect.ProblemAsync(await client.GetAsync(route), 401, "unauthenticated");
        }
    }
}
