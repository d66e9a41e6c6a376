using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace Lims.Api.Tests.Support;

/// <summary>
/// The real API on a real database of its own: a new SQLite file, or a new database on the
/// configured PostgreSQL or SQL Server, migrated by the API's own start-up.
/// </summary>
public sealed class LimsApiFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Admin-Pass-2026";

    private readonly Dictionary<string, string?> _settings;

    public LimsApiFactory(string database, IDictionary<string, string?>? settings = null)
    {
        Database = database;
        var name = $"lims_test_{Guid.NewGuid():N}";
        ConnectionString = database switch
        {
            TestDatabases.Sqlite => $"Data Source={Path.Combine(Path.GetTempPath(), "lims-tests", name + ".db")}",
            TestDatabases.PostgreSql => new NpgsqlConnectionStringBuilder(TestDatabases.ServerConnectionString(database)) { Database = name }.ToString(),
            TestDatabases.SqlServer => new SqlConnectionStringBuilder(TestDatabases.ServerConnectionString(database)) { InitialCatalog = name, TrustServerCertificate = true }.ToString(),
            _ => throw new ArgumentOutOfRangeException(nameof(database)),
        };
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database,
            ["ConnectionStrings:Lims"] = ConnectionString,
            ["Bootstrap:AdminUser"] = "admin",
            ["Bootstrap:AdminPassword"] = AdminPassword,
            ["Auth:SigningKey"] = "a-test-signing-key-that-is-long-enough-for-hs256",
            ["RateLimiting:Login:PermitLimit"] = "100000",
            ["RateLimiting:Public:PermitLimit"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:Console:FormatterName"] = "simple",

            // No Hangfire server: tests run the jobs themselves, so nothing races with them.
            ["Jobs:BackgroundServer"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string Database { get; }

    public string ConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public async Task DropDatabaseAsync()
    {
        switch (Database)
        {
            case TestDatabases.Sqlite:
                var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource;
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                {
                    File.Delete(file + suffix);
                }

                break;
            case TestDatabases.PostgreSql:
                NpgsqlConnection.ClearAllPools();
                var pg = new NpgsqlConnectionStringBuilder(ConnectionString);
                var dbName = pg.Database;
                pg.Database = "postgres";
                await using (var connection = new NpgsqlConnection(pg.ToString()))
                {
                    await connection.OpenAsync();
                    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{dbName}\" WITH (FORCE)", connection);
                    await drop.ExecuteNonQueryAsync();
                }

                break;
            case TestDatabases.SqlServer:
                SqlConnection.ClearAllPools();
                var sql = new SqlConnectionStringBuilder(ConnectionString);
                var catalog = sql.InitialCatalog;
                sql.InitialCatalog = "master";
                await using (var connection = new SqlConnection(sql.ToString()))
                {
                    await connection.OpenAsync();
                    await using var drop = new SqlCommand($"ALTER DATABASE [{catalog}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{catalog}]", connection);
                    await drop.ExecuteNonQueryAsync();
                }

                break;
        }
    }
}
