using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Lims.Infrastructure.Persistence.Reminders;

/// <summary>
/// What differs between the databases in the recall scan's <c>INSERT … SELECT</c> statements:
/// concatenation, new ids, how an id reads as text, the first
/// row of a subquery, how a race on the unique index is settled, and parameter values as each
/// database stores them. Identifiers are double-quoted, which SQL Server accepts too (QUOTED_IDENTIFIER
/// is on for every SqlClient connection).
/// </summary>
internal abstract class ReminderSqlDialect
{
    public static ReminderSqlDialect For(DatabaseFacade database) =>
        database.IsSqlite() ? new SqliteReminderDialect()
        : database.IsNpgsql() ? new PostgreSqlReminderDialect()
        : new SqlServerReminderDialect();

    /// <summary>A new random id for each row.</summary>
    public abstract string NewId { get; }

    /// <summary>
    /// How the statement skips reminders that exist: a filter of the SELECT (SQL Server: NOT EXISTS) or
    /// a clause after it (<c>ON CONFLICT … DO NOTHING</c> on the unique index). The index check cannot
    /// go wrong with stale statistics: a NOT EXISTS on PostgreSQL, planned while the statistics said the
    /// outbox was empty, became a nested loop over a sequential scan of it and ran for minutes.
    /// </summary>
    public virtual string SkipExisting(string kind, string subjectKey, string dueOn) => string.Empty;

    /// <summary>Ends the statement.</summary>
    public virtual string OnConflict => """ON CONFLICT ("Kind", "SubjectKey", "DueOn") DO NOTHING""";

    /// <summary>A text literal (the values are the application's own constants).</summary>
    public virtual string Text(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public virtual string Concat(params string[] parts) => "(" + string.Join(" || ", parts) + ")";

    /// <summary>An id column as <c>Guid.ToString("D")</c> writes it: lower case with hyphens.</summary>
    public abstract string IdText(string column);

    /// <summary>A scalar subquery: <paramref name="column"/> of the first row of <paramref name="fromWhereOrderBy"/>.</summary>
    public virtual string FirstOf(string column, string fromWhereOrderBy) => $"(SELECT {column} {fromWhereOrderBy} LIMIT 1)";

    /// <summary>Skips <paramref name="skip"/> rows of an ordered query and keeps one.</summary>
    public virtual string SkipTakeOne(int skip) => $"LIMIT 1 OFFSET {skip}";

    /// <summary>Statements run before and after a bulk insert on the same connection (none by default).</summary>
    public virtual (string? Before, string? After) AroundBulkInsert => (null, null);

    public virtual object Date(DateOnly date) => date;

    public virtual object Id(Guid id) => id;

    public virtual object Instant(DateTimeOffset instant) => instant;
}
