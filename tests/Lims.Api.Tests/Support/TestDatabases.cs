namespace Lims.Api.Tests.Support;

/// <summary>
/// The databases API tests run against: always a fresh SQLite file; PostgreSQL when
/// LIMS_TEST_POSTGRES holds a connection string; SQL Server when LIMS_TEST_SQLSERVER does.
/// </summary>
public static class TestDatabases
{
    public const string Sqlite = nameof(Sqlite);
    public const string PostgreSql = nameof(PostgreSql);
    public const string SqlServer = nameof(SqlServer);

    public static readonly string[] All = [Sqlite, PostgreSql, SqlServer];

    /// <summary>The server connection string from the environment, or null when not configured.</summary>
    public static string? ServerConnectionString(string database) => database switch
    {
        PostgreSql => Environment.GetEnvironmentVariable("LIMS_TEST_POSTGRES"),
        SqlServer => Environment.GetEnvironmentVariable("LIMS_TEST_SQLSERVER"),
        _ => null,
    } is { Length: > 0 } value ? value : null;

    public static string EnvironmentVariableFor(string database) =>
        database == PostgreSql ? "LIMS_TEST_POSTGRES" : "LIMS_TEST_SQLSERVER";

    /// <summary>Reports the test as ignored, with the reason, when its database server is not configured.</summary>
    public static void IgnoreUnlessConfigured(string database)
    {
        if (database != Sqlite && ServerConnectionString(database) is null)
        {
            Assert.Ignore($"{database} is not configured: set {EnvironmentVariableFor(database)} to a connection string to run these tests on it.");
        }
    }
}
