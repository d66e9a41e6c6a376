using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Lims.Infrastructure.Persistence;

public static class LimsDbOptions
{
    public const string DefaultSqliteConnectionString = "Data Source=data/lims.db";

    /// <summary>Points the context at the provider, with that provider's migrations assembly.</summary>
    public static TBuilder UseLimsDatabase<TBuilder>(this TBuilder options, DatabaseProvider provider, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, b => b.MigrationsAssembly("Lims.Migrations.Sqlite")),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, b => b.MigrationsAssembly("Lims.Migrations.SqlServer")),
            DatabaseProvider.PostgreSql => options.UseNpgsql(connectionString, b => b.MigrationsAssembly("Lims.Migrations.PostgreSql")),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
        return options;
    }

    /// <summary>Connections one process keeps to PostgreSQL unless the connection string says otherwise.</summary>
    public const int DefaultPostgreSqlPoolSize = 20;

    /// <summary>Statements each connection keeps prepared on the server unless the connection string says otherwise.</summary>
    public const int DefaultPostgreSqlAutoPrepare = 64;

    private static readonly string[] PoolSizeKeywords = ["Maximum Pool Size", "MaxPoolSize"];

    private static readonly string[] AutoPrepareKeywords = ["Max Auto Prepare", "MaxAutoPrepare"];

    private static readonly string[] ResetKeywords = ["No Reset On Close", "NoResetOnClose"];

    /// <summary>
    /// Caps the process's connection pool so that several processes fit in the server's
    /// <c>max_connections</c> (100 by default); requests beyond the cap wait for a free connection
    /// instead of being refused by the server. Turns on Npgsql's automatic preparation: a statement
    /// run a few times on a connection is prepared there, so the server stops parsing and planning
    /// it for every request. Skips the session reset when a connection goes back to the pool (a round
    /// trip of six statements, three times per request, as EF opens the connection for each query
    /// outside a transaction): Lims leaves no session state behind (its transactions are explicit, the
    /// start-up lock has a connection of its own outside the pool). Settings in the connection string win.
    /// </summary>
    public static string PreparePostgreSql(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var prepared = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!PoolSizeKeywords.Any(given.ContainsKey))
        {
            prepared.MaxPoolSize = DefaultPostgreSqlPoolSize;
        }

        if (!AutoPrepareKeywords.Any(given.ContainsKey))
        {
            prepared.MaxAutoPrepare = DefaultPostgreSqlAutoPrepare;
        }

        if (!ResetKeywords.Any(given.ContainsKey))
        {
            prepared.NoResetOnClose = true;
        }

        return prepared.ToString();
    }

    /// <summary>
    /// A relative SQLite file is placed under the content root, its folder created; a busy
    /// timeout lets a second process wait for the writer instead of failing at once.
    /// </summary>
    public static string PrepareSqlite(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(file, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        if (builder.DefaultTimeout == 30)
        {
            builder.DefaultTimeout = 60;
        }

        return builder.ToString();
    }
}
