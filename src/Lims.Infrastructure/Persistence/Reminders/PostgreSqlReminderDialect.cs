namespace Lims.Infrastructure.Persistence.Reminders;

/// <summary>
/// PostgreSQL: <c>ON CONFLICT … DO NOTHING</c> skips the reminders that exist, and those a scan racing
/// in another process inserts meanwhile (it waits for that transaction, then skips the row).
/// </summary>
internal sealed class PostgreSqlReminderDialect : ReminderSqlDialect
{
    public override string NewId => "gen_random_uuid()";

    public override string IdText(string column) => $"CAST({column} AS text)";

}
