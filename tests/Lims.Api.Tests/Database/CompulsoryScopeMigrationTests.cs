using Lims.Api.Tests.Support;
using Lims.Domain.Instruments;
using Lims.Domain.ReferenceData;
using Lims.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lims.Api.Tests.Database;

/// <summary>
/// The migration that adds the catalogue's uses and way to instrument types keeps what a type said
/// before: one in the catalogue is compulsory for all four uses of the Metrology Law, periodically;
/// one not in it has no uses. Types are written as the database held them before the migration.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.All))]
public sealed class CompulsoryScopeMigrationTests(string database)
{
    [Test]
    public async Task Existing_types_keep_their_meaning()
    {
        await using var before = await BeforeMigration.StartAsync(database, "CompulsoryScopeAndReminderRequests");
        var db = before.Db;
        db.Procedures.Add(new Procedure("JJG 52-2013", "弹性元件式一般压力表", ProcedureKind.VerificationRegulation));
        await db.SaveChangesAsync();
        var (yes, no) = database == nameof(DatabaseProvider.PostgreSql) ? ("true", "false") : ("1", "0");
        foreach (var (code, compulsory) in new[] { ("PG-OLD", yes), ("PG-BENCH", no) })
        {
            // Literals, not parameters: a GUID parameter is bound differently by each provider; every value here is the test's own.
            var insert = $"""
                INSERT INTO "InstrumentTypes" ("Id", "Code", "Name", "ProcedureCode", "Compulsory", "IntervalMonths", "Fee", "Version")
                VALUES ('{Guid.NewGuid().ToString().ToUpperInvariant()}', '{code}', '一般压力表', 'JJG 52-2013', {compulsory}, 6, 50, 1)
                """;
            await db.Database.ExecuteSqlRawAsync(insert);
        }

        await before.MigrateRestAsync();

        var types = await db.InstrumentTypes.AsNoTracking().ToDictionaryAsync(t => t.Code);
        Assert.Multiple(() =>
        {
            Assert.That(types["PG-OLD"].CompulsoryUses, Is.EqualTo(InstrumentType.LegalUses));
            Assert.That(types["PG-OLD"].CompulsoryVerificationFor(InstrumentUsage.SafetyProtection), Is.EqualTo(CompulsoryVerification.Periodic));
            Assert.That(types["PG-OLD"].CompulsoryVerificationFor(InstrumentUsage.Other), Is.Null);
            Assert.That(types["PG-BENCH"].CompulsoryUses, Is.Empty);
            Assert.That(types["PG-BENCH"].CompulsoryVerification, Is.EqualTo(CompulsoryVerification.Periodic));
        });
    }
}
