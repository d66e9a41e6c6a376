using Lims.Api.Tests.Support;
using Lims.Domain.ReferenceData;
using Lims.Domain.Standards;
using Lims.Infrastructure.Persistence;
using Lims.Infrastructure.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Lims.Api.Tests.Database;

/// <summary>
/// The migration that adds <see cref="Equipment.OutOfServiceCause"/> fills it from the status reason of
/// the equipment out of service then: <c>ExpiredCalibration</c> only where the reason reads exactly
/// as the recall scan wrote it, <c>Other</c> for the rest. Equipment rows are written as the
/// database held them before the migration, then the rest of the migrations run.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.All))]
public sealed class OutOfServiceCauseMigrationTests(string database)
{
    private static readonly string ScanReason = Equipment.ExpiredCalibrationReason(new DateOnly(2026, 1, 9));

    private static readonly (string Case, string Status, string? Reason, OutOfServiceCause? Expected)[] Rows =
    [
        ("taken out by the scan", "OutOfService", ScanReason, OutOfServiceCause.ExpiredCalibration),
        ("taken out for repair", "OutOfService", "送修", OutOfServiceCause.Other),
        ("the scan's words with another capital", "OutOfService", "C" + ScanReason[1..], OutOfServiceCause.Other),
        ("the scan's words with more after them", "OutOfService", ScanReason + " 送修", OutOfServiceCause.Other),
        ("out of tolerance, whatever the words", "OutOfTolerance", ScanReason, null),
        ("in service", "InService", null, null),
    ];

    [Test]
    public async Task Existing_equipment_gets_its_cause_from_the_status_reason()
    {
        TestDatabases.IgnoreUnlessConfigured(database);
        var target = new TestDatabase(database);
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "lims-tests"));
        try
        {
            await using var db = new LimsDbContext(new DbContextOptionsBuilder<LimsDbContext>().UseLimsDatabase(Enum.Parse<DatabaseProvider>(database), target.ConnectionString).Options, NoWriteGate.Instance, new AuditAuthors());
            var migrations = db.Database.GetMigrations().ToList();
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_OutOfServiceCause", StringComparison.Ordinal)) - 1]);
            var standard = new MeasurementStandard("JMM-BACKFILL", "E2等级砝码标准装置", "JM-BACKFILL", "[2023]粤量标江法证字第001号", new DateOnly(2028, 1, 1), true, []);
            db.Laboratories.Add(new Laboratory("JM-BACKFILL", "江门市计量测试所", LaboratoryLevel.City, "CNAS L0001", "江门市蓬江区"));
            db.MeasurementStandards.Add(standard);
            await db.SaveChangesAsync();
            for (var i = 0; i < Rows.Length; i++)
            {
                var (_, status, reason, _) = Rows[i];
                var since = reason is null ? "NULL" : "'2026-01-10'";
                // Literals, not parameters: a GUID or a date parameter is bound differently by each provider; every value here is the test's own.
                var insert = $"""
                    INSERT INTO "Equipment" ("Id", "AssetNo", "Name", "Manufacturer", "Model", "SerialNumber", "StandardCode", "Status", "StatusReason", "StatusSince", "Version")
                    VALUES ('{Guid.NewGuid().ToString().ToUpperInvariant()}', 'ZC-BACKFILL-{i}', 'E2等级砝码组', '上海衡器厂', 'E2-500', '2301457', '{standard.Code}', '{status}', {Literal(reason)}, {since}, 1)
                    """;
                await db.Database.ExecuteSqlRawAsync(insert);
            }

            await migrator.MigrateAsync();

            var causes = await db.Equipment.AsNoTracking().Where(e => e.StandardCode == standard.Code)
                .ToDictionaryAsync(e => e.AssetNo, e => e.OutOfServiceCause);
            Assert.Multiple(() =>
            {
                for (var i = 0; i < Rows.Length; i++)
                {
                    Assert.That(causes[$"ZC-BACKFILL-{i}"], Is.EqualTo(Rows[i].Expected), Rows[i].Case);
                }
            });
        }
        finally
        {
            await target.DropAsync();
        }
    }

    private static string Literal(string? text) => text is null ? "NULL" : "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
