using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Audit;

public sealed class AuditTrailTests(string database) : ApiTest(database)
{
    [Test]
    public async Task Creating_a_record_writes_who_when_and_every_value()
    {
        var qm = await Host.SignInNewUserAsync("Admin");
        var me = await Expect.JsonAsync(await qm.GetAsync("/api/me"), 200);
        var code = UniqueCode("L");
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        await Expect.StatusAsync(await qm.PostAsJsonAsync("/api/laboratories", new { code, name = "恩平市计量所", level = "County", address = "恩平" }), 201);

        var trail = await Expect.JsonAsync(await qm.GetAsync($"/api/audit?entity=Laboratory&key={code}"), 200);
        var entry = trail.GetProperty("items").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(entry.GetProperty("user").GetString(), Is.EqualTo(me.GetProperty("userName").GetString()));
            Assert.That(entry.GetProperty("action").GetString(), Is.EqualTo("Insert"));
            Assert.That(entry.GetProperty("laboratoryCode").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null), "an administrator of no laboratory");
            Assert.That(entry.GetProperty("at").GetDateTimeOffset(), Is.GreaterThan(before));
            Assert.That(entry.GetProperty("changes").GetProperty("name").GetProperty("after").GetString(), Is.EqualTo("恩平市计量所"));
        });
    }

    [Test]
    public async Task A_change_to_the_shared_registry_is_audited_with_the_laboratory_of_its_author()
    {
        var county = await new ReceptionDesk(Admin).LaboratoryAsync("County");
        var (reception, userName) = await Host.NewUserInAsync(county, "Reception");
        var quality = await Host.SignInNewUserInAsync(county, "QualityManager");

        var customer = await new ReceptionDesk(Admin).CustomerAsync(reception);

        var trail = await Expect.JsonAsync(await quality.GetAsync($"/api/audit?entity=Customer&key={customer.GetProperty("id").GetGuid()}"), 200);
        var entry = trail.GetProperty("items").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(entry.GetProperty("user").GetString(), Is.EqualTo(userName));
            Assert.That(entry.GetProperty("laboratoryCode").GetString(), Is.EqualTo(county));
        });
    }

    [Test]
    public async Task Password_hashes_never_appear_in_the_trail()
    {
        await Host.SignInNewUserAsync("Reception");
        var trail = await Expect.JsonAsync(await Admin.GetAsync("/api/audit?entity=LimsUser&pageSize=10"), 200);
        var insert = trail.GetProperty("items").EnumerateArray().First(i => i.GetProperty("action").GetString() == "Insert");
        var changes = insert.GetProperty("changes");
        Assert.That(changes.GetProperty("passwordHash").GetProperty("after").GetString(), Is.EqualTo("(hidden)"));
    }

    [TestCase("Reception")]
    [TestCase("Technician")]
    [TestCase("Approver")]
    public async Task Only_quality_managers_and_administrators_read_the_trail(string role)
    {
        var client = await Host.SignInNewUserAsync(role);
        await Expect.ProblemAsync(await client.GetAsync("/api/audit"), 403, "forbidden");
    }

    [Test]
    public async Task The_trail_has_no_route_to_change_or_delete_it()
    {
        await Expect.StatusAsync(await Admin.DeleteAsync("/api/audit"), 405);
        await Expect.StatusAsync(await Admin.PutAsJsonAsync("/api/audit", new { }), 405);
    }

    [Test]
    public async Task A_time_window_the_wrong_way_round_is_400()
    {
        await Expect.ValidationErrorsAsync(await Admin.GetAsync("/api/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"), "to");
    }
}
