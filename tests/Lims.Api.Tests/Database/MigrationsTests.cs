using Lims.Infrastructure.Persistence;
using Lims.Infrastructure.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Lims.Api.Tests.Database;

/// <summary>
/// Every provider's migrations match the model, and db/ holds the scripts they generate. After a
/// model change: add a migration to all three assemblies (docs/operations.md), then run the tests
/// once with LIMS_UPDATE_DB_SCRIPTS=1 to rewrite db/.
/// </summary>
public sealed class MigrationsTests
{
    private static readonly (DatabaseProvider Provider, string ConnectionString, string Script)[] Providers =
    [
        (DatabaseProvider.Sqlite, "Data Source=:memory:", "db/sqlite/schema.sql"),
        (DatabaseProvider.SqlServer, "Server=none;Database=lims;TrustServerCertificate=True", "db/sqlserver/schema.sql"),
        (DatabaseProvider.PostgreSql, "Host=none;Database=lims", "db/postgresql/schema.sql"),
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        Providers.Select(p => new TestCaseData(p.Provider, p.ConnectionString, p.Script).SetArgDisplayNames(p.Provider.ToString()));

    private static IEnumerable<TestCaseData> Models() =>
        Providers.Select(p => new TestCaseData(p.Provider, p.ConnectionString).SetArgDisplayNames(p.Provider.ToString()));

    [TestCaseSource(nameof(Models))]
    public void The_migrations_cover_the_whole_model(DatabaseProvider provider, string connectionString)
    {
        using var context = Create(provider, connectionString);
        Assert.That(context.Database.HasPendingModelChanges(), Is.False,
            $"The model has changes that no {provider} migration holds: add one (see docs/operations.md).");
    }

    [TestCaseSource(nameof(Cases))]
    public void The_schema_script_in_db_is_the_one_the_migrations_generate(DatabaseProvider provider, string connectionString, string script)
    {
        using var context = Create(provider, connectionString);
        var migrator = context.GetService<IMigrator>();
        var options = provider == DatabaseProvider.Sqlite ? MigrationsSqlGenerationOptions.Default : MigrationsSqlGenerationOptions.Idempotent;
        var generated = migrator.GenerateScript(options: options).ReplaceLineEndings("\n");
        var path = Path.Combine(RepositoryRoot.Find(), script);
        if (Environment.GetEnvironmentVariable("LIMS_UPDATE_DB_SCRIPTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }

        Assert.That(File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "", Is.EqualTo(generated),
            $"{script} is stale: run `LIMS_UPDATE_DB_SCRIPTS=1 dotnet test --filter MigrationsTests` and commit it.");
    }

    private static LimsDbContext Create(DatabaseProvider provider, string connectionString) =>
        new(new DbContextOptionsBuilder<LimsDbContext>().UseLimsDatabase(provider, connectionString).Options, NoWriteGate.Instance, new AuditAuthors());
}
