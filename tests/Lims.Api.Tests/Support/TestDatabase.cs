using Microsoft.Data.SqlClient;
using Npgsql;

namespace Lims.Api.Tests.Support;

/// <summary>
/// A database of one test's own: a new SQLite file in the temp folder, or a new database on the
/// configured PostgreSQL or SQL Server. Nothing is created here: the API's start-up migrates it.
/// </summary>
public sealed class TestDatabase
{
    public TestDatabase(string provider)
    {
        Provider = provider;
        var name = $"lims_test_{Guid.NewGuid():N}";
        ConnectionString = provider switch
        {
            TestDatabases.Sqlite => $"Data Source={Path.Combine(Path.GetTempPath(), "lims-tests", name + ".db")}",
            TestDatabases.PostgreSql => new NpgsqlConnectionStringBuilder(TestDatabases.ServerConnectionString(provider)) { Database = name }.ToString(),
            TestDatabases.SqlServer => new SqlConnectionStringBuilder(TestDatabases.ServerConnectionString(provider)) { InitialCatalog = name, TrustServerCertificate = true }.ToString(),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
    }

    /// <summary><see cref="TestDatabases.Sqlite"/>, <see cref="TestDatabases.PostgreSql"/> or <see cref="TestDatabases.SqlServer"/>.</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    public async Task DropAsync()
    {
        switch (Provider)
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
                var dbName = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
                await using (var connection = new NpgsqlConnection(TestDatabases.ServerConnectionString(Provider)))
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

    /// <summary>Every setting an API needs on this database, as configuration keys (<c>:</c>-separated).</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Database:Provider"] = Provider,
        ["ConnectionStrings:Lims"] = ConnectionString,
        ["Bootstrap:AdminUser"] = "admin",
        ["Bootstrap:AdminPassword"] = LimsApiFactory.AdminPassword,
        ["Auth:SigningKey"] = LimsApiFactory.SigningKey,
        ["Certificates:PublicBaseUrl"] = LimsApiFactory.PublicBaseUrl,
        ["RateLimiting:Login:PermitLimit"] = "100000",
        ["RateLimiting:Public:PermitLimit"] = "100000",
        ["Auth:SignInThrottle:FreeFailures"] = "100000",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:Console:FormatterName"] = "simple",
    };
}
