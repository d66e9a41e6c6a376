using Lims.Api.Tests.Support;
using Lims.Domain.ReferenceData;
using Lims.Domain.Standards;
using Lims.Infrastructure.Identity;
using Lims.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lims.Api.Tests.Database;

/// <summary>
/// The migration that records each laboratory's records gives existing rows the laboratory they
/// already belonged to: equipment its standard's, a competence and an audit line their user's
/// (a competence of a user no longer known: none, so it counts for no laboratory's work), a
/// reminder its equipment's, standard's or competence's; a customer's reminder stays the city's.
/// Rows are written as the database held them before the migration.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.All))]
public sealed class LaboratoryScopeMigrationTests(string database)
{
    private const string Lab = "TS";

    [Test]
    public async Task Existing_records_take_the_laboratory_they_belonged_to()
    {
        await using var before = await BeforeMigration.StartAsync(database, "LaboratoryScopeAndSeparationOfDuties");
        var db = before.Db;
        // The laboratory as that schema held it (later migrations add columns the model would write).
        var laboratory = $"""
            INSERT INTO "Laboratories" ("Id", "Code", "Name", "Level", "AccreditationNo", "Address", "Version")
            VALUES ('{Id()}', '{Lab}', '台山市计量所', 'County', '', '台山', 1)
            """;
        await db.Database.ExecuteSqlRawAsync(laboratory);
        db.Procedures.Add(new Procedure("JJG 99-2022", "砝码", ProcedureKind.VerificationRegulation));
        db.MeasurementStandards.Add(new MeasurementStandard("TSM", "E2等级砝码标准装置", Lab, "[2023]001", new DateOnly(2027, 1, 1), false, ["JJG 99-2022"]));
        db.Users.Add(new LimsUser { UserName = "tsqm", NormalizedUserName = "TSQM", DisplayName = "台山质量负责人", LaboratoryCode = Lab, SecurityStamp = "s" });
        db.Users.Add(new LimsUser { UserName = "admin0", NormalizedUserName = "ADMIN0", DisplayName = "管理员", SecurityStamp = "s" });
        await db.SaveChangesAsync();
        var known = Guid.NewGuid();
        var unknown = Guid.NewGuid();
        foreach (var statement in Rows(known, unknown))
        {
            // Literals, not parameters: each provider binds GUIDs and instants its own way; every value is the test's own.
            await db.Database.ExecuteSqlRawAsync(statement);
        }

        await before.MigrateRestAsync();

        var equipment = await db.Equipment.AsNoTracking().SingleAsync(e => e.AssetNo == "ZC-OLD");
        var authorizations = await db.Authorizations.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.LaboratoryCode);
        var audit = await db.AuditTrail.AsNoTracking().ToDictionaryAsync(a => a.User, a => a.LaboratoryCode);
        var reminders = await db.Notifications.AsNoTracking().ToDictionaryAsync(n => n.SubjectKey, n => n.LaboratoryCode);
        Assert.Multiple(() =>
        {
            Assert.That(equipment.LaboratoryCode, Is.EqualTo(Lab), "its standard's");
            Assert.That(authorizations[known], Is.EqualTo(Lab), "its technician's");
            Assert.That(authorizations[unknown], Is.Empty, "a user no longer known: no laboratory");
            Assert.That(audit["tsqm"], Is.EqualTo(Lab));
            Assert.That(audit["admin0"], Is.Null, "a user of no laboratory");
            Assert.That(reminders["ZC-OLD"], Is.EqualTo(Lab), "equipment");
            Assert.That(reminders["TSM"], Is.EqualTo(Lab), "standard");
            Assert.That(reminders[known.ToString()], Is.EqualTo(Lab), "competence");
            Assert.That(reminders["INSTRUMENT"], Is.Null, "a customer's instrument: the city's register");
        });
    }

    private IEnumerable<string> Rows(Guid known, Guid unknown)
    {
        var at = database switch
        {
            nameof(DatabaseProvider.Sqlite) => new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero).UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => "'2026-01-02T00:00:00+00:00'",
        };
        yield return $"""
            INSERT INTO "Equipment" ("Id", "AssetNo", "Name", "Manufacturer", "Model", "SerialNumber", "StandardCode", "Status", "Version")
            VALUES ('{Id()}', 'ZC-OLD', 'E2等级砝码组', '上海衡器厂', 'E2-500', '2301457', 'TSM', 'InService', 1)
            """;
        foreach (var (id, user) in new[] { (known, "tsqm"), (unknown, "gone") })
        {
            yield return $"""
                INSERT INTO "Authorizations" ("Id", "UserName", "ProcedureCode", "CertificateNo", "ValidUntil")
                VALUES ('{Id(id)}', '{user}', 'JJG 99-2022', 'JDY-{user}', '2027-01-01')
                """;
        }

        foreach (var user in new[] { "tsqm", "admin0" })
        {
            yield return $"""
                INSERT INTO "AuditTrail" ("Id", "At", "User", "Action", "Entity", "Key", "Changes")
                VALUES ('{Id(Guid.CreateVersion7())}', {at}, '{user}', 'Insert', 'Laboratory', '{Lab}', '[]')
                """;
        }

        foreach (var (kind, subject) in new[] { ("EquipmentCalibrationDue", "ZC-OLD"), ("StandardAssessmentDue", "TSM"), ("AuthorizationExpiring", known.ToString()), ("InstrumentDue", "INSTRUMENT") })
        {
            yield return $"""
                INSERT INTO "Notifications" ("Id", "Kind", "SubjectKey", "DueOn", "RecipientName", "ContactName", "Phone", "Status", "Attempts", "CreatedAt", "Version")
                VALUES ('{Id()}', '{kind}', '{subject}', '2026-02-01', '台山市计量所', '质量负责人', '', 'Pending', 0, {at}, 1)
                """;
        }
    }

    /// <summary>A GUID as each provider reads it from text (SQLite stores EF's GUIDs in upper case).</summary>
    private static string Id(Guid? id = null) => (id ?? Guid.NewGuid()).ToString().ToUpperInvariant();
}
