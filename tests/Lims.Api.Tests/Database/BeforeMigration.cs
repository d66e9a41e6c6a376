using Lims.Api.Tests.Support;
using Lims.Infrastructure.Persistence;
using Lims.Infrastructure.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Lims.Api.Tests.Database;

/// <summary>
/// A new database of one provider migrated up to just before a migration, so that a test writes rows
/// as the database held them then, runs the rest of the migrations and reads what they made of them.
/// Dropped when disposed.
/// </summary>
internal sealed class BeforeMigration : IAsyncDisposable
{
    private readonly TestDatabase _target;
    private readonly IMigrator _migrator;

    private BeforeMigration(TestDatabase target, LimsDbContext db)
    {
        _target = target;
        Db = db;
        _migrator = db.GetService<IMigrator>();
    }

    public LimsDbContext Db { get; }

    /// <summary>Migrated up to the one before the migration whose name ends with <paramref name="migration"/>.</summary>
    public static async Task<BeforeMigration> StartAsync(string database, string migration)
    {
        TestDatabases.IgnoreUnlessConfigured(database);
        var target = new TestDatabase(database);
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "lims-tests"));
        var db = new LimsDbContext(new DbContextOptionsBuilder<LimsDbContext>().UseLimsDatabase(Enum.Parse<DatabaseProvider>(database), target.ConnectionString).Options, NoWriteGate.Instance, new AuditAuthors());
        var before = new BeforeMigration(target, db);
        var migrations = db.Database.GetMigrations().ToList();
        await before._migrator.MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_" + migration, StringComparison.Ordinal)) - 1]);
        return before;
    }

    /// <summary>The migration and all after it.</summary>
    public Task MigrateRestAsync() => _migrator.MigrateAsync();

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await _target.DropAsync();
    }
}
