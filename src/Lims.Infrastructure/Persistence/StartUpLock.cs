using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lims.Infrastructure.Persistence;

/// <summary>
/// One process at a time through the start-up work (migrations, roles, first administrator) on a
/// server database, so that several API and worker processes may start together on a new database.
/// A session lock of the database itself (PostgreSQL advisory lock, SQL Server application lock),
/// held on a connection of its own outside the pool; SQLite needs none (one process).
/// </summary>
public static class StartUpLock
{
    private const long PostgreSqlKey = 0x4C494D53_53544152; // "LIMSSTAR"
    private const string SqlServerResource = "lims-start-up";

    public static async Task<IAsyncDisposable> AcquireAsync(DbContext db, CancellationToken ct)
    {
        var connectionString = db.Database.GetConnectionString()!;
        if (db.Database.IsNpgsql())
        {
            var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
            return await LockAsync(connection, $"SELECT pg_advisory_lock({PostgreSqlKey})", ct);
        }

        if (db.Database.IsSqlServer())
        {
            var connection = new SqlConnection(new SqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
            return await LockAsync(connection, $"EXEC sp_getapplock @Resource = '{SqlServerResource}', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1", ct);
        }

        return new Held(null);
    }

    private static async Task<Held> LockAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        try
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(ct);
            return new Held(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closing the unpooled connection ends the session and with it the lock.</summary>
    private sealed class Held(DbConnection? connection) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => connection?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
