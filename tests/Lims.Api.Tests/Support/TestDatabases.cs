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
}
