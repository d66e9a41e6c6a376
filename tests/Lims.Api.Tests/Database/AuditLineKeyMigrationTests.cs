using Lims.Api.Tests.Support;
using Lims.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Lims.Api.Tests.Database;

/// <summary>
/// The migration that gives audit lines keys made by the writer turns each line's number into a
/// key that keeps the lines' order, before every key made from the clock. Lines are written as
/// the database held them before the migration, then the rest of the migrations run.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.All))]
public sealed class AuditLineKeyMigrationTests(string database)
{
    /// <summary><c>{}</c>, its braces doubled for the raw SQL's format.</summary>
    private const string EmptyChanges = "{{}}";

    [Test]
    public async Task Existing_audit_lines_keep_their_order_and_come_before_new_ones()
    {
        await using var before = await BeforeMigration.StartAsync(database, "AuditLineClientKeys");
        var db = before.Db;
        // 300 lines: numbers past 255, so a key's order is not its text's by accident.
        for (var i = 0; i < 300; i++)
        {
            // The instant as each provider stores it: UTC ticks on SQLite, a literal elsewhere.
            var at = database == TestDatabases.Sqlite ? "638000000000000000" : "'2026-01-10T08:00:00+00:00'";
            // Literals, not parameters: every value here is the test's own.
            var insert = $"""
                INSERT INTO "AuditTrail" ("At", "User", "Action", "Entity", "Key", "Changes")
                VALUES ({at}, 'reception', 'Insert', 'Laboratory', 'OLD{i:D3}', '{EmptyChanges}')
                """;
            await db.Database.ExecuteSqlRawAsync(insert);
        }

        await before.MigrateRestAsync();

        db.Add(new AuditEntry(Guid.CreateVersion7(), DateTimeOffset.UtcNow, "admin", null, AuditAction.Insert, "Laboratory", "NEW", "{}"));
        await db.SaveChangesAsync();
        var keys = await db.AuditTrail.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Key }).ToListAsync();
        Assert.Multiple(() =>
        {
            Assert.That(keys.Select(k => k.Key), Is.EqualTo(Enumerable.Range(0, 300).Select(i => $"OLD{i:D3}").Append("NEW")));
            Assert.That(keys[0].Id, Is.EqualTo(Guid.Parse("00000000-0000-0000-0000-000000000001")));
            Assert.That(keys[299].Id, Is.EqualTo(Guid.Parse("00000000-0000-0000-0000-00000000012c")));
        });
    }
}
