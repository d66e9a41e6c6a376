namespace Lims.Infrastructure.Persistence;

/// <summary>Configuration <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: a file under <c>data/</c>.</summary>
    Sqlite,
    SqlServer,
    PostgreSql,
}
