using System.Globalization;

namespace Lims.Infrastructure.Persistence.Reminders;

/// <summary>
/// SQLite stores ids as upper-case text, dates as <c>yyyy-MM-dd</c> text and instants as UTC ticks
/// (<see cref="Sqlite.UtcTicksConverter"/>); parameters are passed the same way. Reminders that exist
/// are skipped by <c>ON CONFLICT … DO NOTHING</c>; a race cannot happen within one statement (one
/// writer at a time).
/// </summary>
internal sealed class SqliteReminderDialect : ReminderSqlDialect
{
    // A version 4 UUID in EF's upper-case text form; each randomblob() is drawn per row.
    public override string NewId =>
        "(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || "
        + "substr('89AB', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";

    // Each reminder lands at a random place in five indexes: a page cache of 64 MB for the statement
    // (instead of SQLite's 2 MB) keeps them in memory; the pooled connection gets the default back.
    public override (string? Before, string? After) AroundBulkInsert => ("PRAGMA cache_size = -65536", "PRAGMA cache_size = -2000");

    public override string IdText(string column) => $"lower({column})";

    public override object Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override object Id(Guid id) => id.ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant();

    public override object Instant(DateTimeOffset instant) => instant.UtcTicks;
}
