using System.Net.Http.Json;
using Lims.Api.Tests.Standards;
using Lims.Api.Tests.Support;
using Lims.Api.Tests.WorkOrders;

namespace Lims.Api.Tests.Scope;

/// <summary>
/// Rule 13 for competence (检定员证): granted only by a quality manager of the technician's
/// laboratory, never to oneself; a competence is its laboratory's record (rule 12).
/// </summary>
public sealed class CompetenceGrantingTests(string database) : ApiTest(database)
{
    private static object Competence() => new { procedureCode = WorkBench.Procedure, certificateNo = StandardsData.Code("JDY"), validUntil = StandardsData.Iso(WorkBench.Today.AddYears(1)) };

    private async Task<(StandardsData Lab, string Technician)> CountyTechnicianAsync()
    {
        var lab = await new StandardsData(Host, "County").ArrangeAsync();
        var (_, technician) = await Host.NewUserInAsync(lab.Lab, "Technician");
        return (lab, technician);
    }

    [Test]
    public async Task A_quality_manager_of_the_technicians_laboratory_grants_a_competence_and_is_named_on_it()
    {
        var (lab, technician) = await CountyTechnicianAsync();

        var granted = await Expect.JsonAsync(await lab.Quality.PostAsJsonAsync($"/api/users/{technician}/authorizations", Competence()), 201);

        Assert.Multiple(() =>
        {
            Assert.That(granted.GetProperty("laboratoryCode").GetString(), Is.EqualTo(lab.Lab));
            Assert.That(granted.GetProperty("grantedBy").GetString(), Is.EqualTo(lab.QualityName));
        });
    }

    [Test]
    public async Task Nobody_grants_themselves_a_competence()
    {
        var lab = await new StandardsData(Host, "County").ArrangeAsync();
        var (self, userName) = await Host.NewUserInAsync(lab.Lab, "QualityManager", "Technician");

        var refused = await self.PostAsJsonAsync($"/api/users/{userName}/authorizations", Competence());

        await Expect.ProblemAsync(refused, 403, "own-competence");
        Assert.That((await Expect.JsonAsync(await self.GetAsync($"/api/users/{userName}/authorizations"), 200)).GetArrayLength(), Is.Zero);
    }

    [TestCase("City", "Admin", TestName = "An administrator of the City laboratory who is no quality manager of the technician's laboratory gets 403")]
    [TestCase("City", "QualityManager", TestName = "A City quality manager, who reads the county's records, grants none of its competences")]
    [TestCase("County", "Admin", TestName = "An administrator of the technician's laboratory who is not its quality manager gets 403")]
    public async Task Only_a_quality_manager_of_the_technicians_laboratory_grants(string level, string role)
    {
        var (lab, technician) = await CountyTechnicianAsync();
        var caller = level == "County" ? await Host.SignInNewUserInAsync(lab.Lab, role) : await Host.SignInNewUserInAsync(await new ReceptionDesk(Admin).LaboratoryAsync("City"), role);

        var refused = await caller.PostAsJsonAsync($"/api/users/{technician}/authorizations", Competence());

        var problem = await Expect.ProblemAsync(refused, 403, "not-the-technicians-quality-manager");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(lab.Lab));
        Assert.That((await Expect.JsonAsync(await lab.Quality.GetAsync($"/api/users/{technician}/authorizations"), 200)).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task The_first_administrator_of_no_laboratory_grants_no_competence()
    {
        var (_, technician) = await CountyTechnicianAsync();

        await Expect.ProblemAsync(await Admin.PostAsJsonAsync($"/api/users/{technician}/authorizations", Competence()), 403, "not-the-technicians-quality-manager");
    }

    [Test]
    public async Task Another_countys_technician_and_competences_do_not_exist_for_a_county_quality_manager()
    {
        var (lab, technician) = await CountyTechnicianAsync();
        await Expect.StatusAsync(await lab.Quality.PostAsJsonAsync($"/api/users/{technician}/authorizations", Competence()), 201);
        var other = await new StandardsData(Host, "County").ArrangeAsync();

        await Expect.ProblemAsync(await other.Quality.GetAsync($"/api/users/{technician}/authorizations"), 404, "not-found");
        await Expect.ProblemAsync(await other.Quality.PostAsJsonAsync($"/api/users/{technician}/authorizations", Competence()), 404, "not-found");
    }

    [Test]
    public async Task The_City_quality_manager_reads_a_countys_competences()
    {
        var (lab, technician) = await CountyTechnicianAsync();
        await Expect.StatusAsync(await lab.Quality.PostAsJsonAsync($"/api/users/{technician}/authorizations", Competence()), 201);
        var cityQuality = await Host.SignInNewUserInAsync(await new ReceptionDesk(Admin).LaboratoryAsync("City"), "QualityManager");

        var held = await Expect.JsonAsync(await cityQuality.GetAsync($"/api/users/{technician}/authorizations"), 200);

        Assert.That(held.GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_competence_granted_in_one_laboratory_does_not_count_for_anothers_work()
    {
        var bench = await WorkBench.ArrangeAsync(Host, level: "County");
        var other = await new StandardsData(Host, "County").ArrangeAsync();
        var (_, moved) = await Host.NewUserInAsync(other.Lab, "Technician");
        await Expect.StatusAsync(await other.Quality.PostAsJsonAsync($"/api/users/{moved}/authorizations", Competence()), 201);
        await MoveAsync(moved, bench.Lab);
        var workOrder = await bench.WorkOrderAsync();

        var refused = await bench.Reception.PostAsJsonAsync($"/api/work-orders/{workOrder}/assign", new { technician = moved });

        await Expect.ProblemAsync(refused, 422, "technician-not-authorised");
    }

    /// <summary>The administrator moves the user to the laboratory.</summary>
    private async Task MoveAsync(string userName, string laboratoryCode)
    {
        var user = await Expect.JsonAsync(await Admin.GetAsync($"/api/users/{userName}"), 200);
        var roles = user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToArray();
        await Expect.StatusAsync(await Admin.PutAsJsonAsync($"/api/users/{userName}", new { displayName = user.GetProperty("displayName").GetString(), roles, laboratoryCode, version = user.GetProperty("version").GetInt32() }), 200);
    }
}
