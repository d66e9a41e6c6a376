using System.Text.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Demo;

/// <summary>`--demo` on an empty SQLite file: a living laboratory, made through the handlers; refused on a second start.</summary>
public sealed class DemoLaboratoryTests
{
    [Test]
    public async Task The_demo_fills_an_empty_database_with_a_laboratory_in_every_state_and_refuses_a_second_run()
    {
        var settings = new Dictionary<string, string?> { ["Demo:Enabled"] = "true" };
        var host = await ApiHost.StartAsync(TestDatabases.Sqlite, settings);
        try
        {
            // The City laboratory's quality managers read the whole city, as the demo's `quality` does.
            var city = await host.SignInNewUserInAsync("JM", "QualityManager");
            var county = await host.SignInNewUserInAsync("TS", "Reception");
            var labs = await Expect.JsonAsync(await city.GetAsync("/api/laboratories"), 200);
            var certificates = (await Expect.JsonAsync(await city.GetAsync("/api/certificates?pageSize=200"), 200)).GetProperty("items").EnumerateArray().ToList();
            var countyCertificates = (await Expect.JsonAsync(await county.GetAsync("/api/certificates?pageSize=200"), 200)).GetProperty("items").EnumerateArray().ToList();
            var workOrders = (await Expect.JsonAsync(await city.GetAsync("/api/work-orders?pageSize=200"), 200)).GetProperty("items").EnumerateArray().ToList();
            var customers = (await Expect.JsonAsync(await city.GetAsync("/api/customers?pageSize=200"), 200)).GetProperty("items").EnumerateArray().ToList();
            var findings = (await Expect.JsonAsync(await city.GetAsync("/api/traceability/audit?pageSize=200"), 200)).GetProperty("items").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).ToList();
            var standards = await LaboratoriesOfAsync(city, "/api/standards?pageSize=200");
            var countyStandards = await LaboratoriesOfAsync(await host.SignInNewUserInAsync("KP", "QualityManager"), "/api/standards?pageSize=200");
            Assert.Multiple(() =>
            {
                Assert.That(certificates.Select(c => c.GetProperty("laboratoryCode").GetString()).Distinct(), Is.EquivalentTo(new[] { "JM", "TS" }), "the City quality manager sees the whole city");
                Assert.That(countyCertificates.Select(c => c.GetProperty("laboratoryCode").GetString()).Distinct(), Is.EqualTo(new[] { "TS" }), "a county user sees the county's work only");
                Assert.That(standards, Is.EquivalentTo(new[] { "JM", "TS", "KP", "HS" }), "every laboratory's standards for the City quality manager");
                Assert.That(countyStandards, Is.EqualTo(new[] { "KP" }), "a county quality manager's own");
                Assert.That(labs.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("level").GetString()), Is.EquivalentTo(new[] { "City", "County", "County", "County" }));
                Assert.That(Kinds(certificates), Is.SupersetOf(new[] { "VerificationCertificate", "VerificationResultNotice", "CalibrationCertificate" }));
                Assert.That(certificates.Select(c => c.GetProperty("status").GetString()), Is.SupersetOf(new[] { "Valid", "Revoked", "Superseded" }));
                Assert.That(certificates.Count(c => c.GetProperty("supersedes").ValueKind == JsonValueKind.String), Is.EqualTo(1));
                Assert.That(workOrders.Select(w => w.GetProperty("status").GetString()).Distinct(), Is.SupersetOf(new[] { "Registered", "Assigned", "ResultsRecorded", "Reviewed", "Approved", "Cancelled" }));
                Assert.That(customers.Select(c => c.GetProperty("category").GetString()).Distinct(), Is.SupersetOf(new[] { "Market", "Medical", "FuelStation", "Taxi", "Enterprise", "Government", "Other" }));
                Assert.That(findings, Is.SupersetOf(new[] { "CalibrationExpired", "ChainBroken", "AssessmentExpiring" }));
            });

            // The same database file again with --demo, once the first API has stopped: refused at start-up, nothing added.
            await host.Factory.DisposeAsync();
            await using var again = new LimsApiFactory(TestDatabases.Sqlite, new Dictionary<string, string?>(settings) { ["ConnectionStrings:Lims"] = host.Factory.ConnectionString });
            var refused = Assert.Throws<InvalidOperationException>(() => again.CreateClient());
            Assert.That(refused!.Message, Does.Contain("empty database"));
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Test]
    public async Task Every_demo_credit_code_and_certificate_is_valid_by_the_rules()
    {
        await using var host = await ApiHost.StartAsync(TestDatabases.Sqlite, new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });
        var city = await host.SignInNewUserInAsync("JM", "QualityManager");
        var customers = (await Expect.JsonAsync(await city.GetAsync("/api/customers?pageSize=200"), 200)).GetProperty("items").EnumerateArray();
        foreach (var customer in customers)
        {
            Assert.That(Lims.Domain.Customers.UnifiedSocialCreditCode.TryParse(customer.GetProperty("creditCode").GetString(), out _, out var problem), Is.True, problem?.Message);
        }

        var first = (await Expect.JsonAsync(await city.GetAsync("/api/certificates?pageSize=1"), 200)).GetProperty("items")[0].GetProperty("certificateNo").GetString();
        var chain = await Expect.JsonAsync(await city.GetAsync($"/api/traceability/certificates/{first}"), 200);
        Assert.That(chain.GetProperty("equipment").GetArrayLength(), Is.GreaterThan(0));
    }

    private static async Task<List<string?>> LaboratoriesOfAsync(HttpClient client, string route) =>
        [.. (await Expect.JsonAsync(await client.GetAsync(route), 200)).GetProperty("items").EnumerateArray().Select(x => x.GetProperty("laboratoryCode").GetString()).Distinct()];

    private static IEnumerable<string?> Kinds(IEnumerable<JsonElement> certificates) => certificates.Select(c => c.GetProperty("kind").GetString()).Distinct();
}
