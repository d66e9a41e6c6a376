namespace Lims.Infrastructure.Persistence.Reminders;

/// <summary>
/// SQL Server has no <c>ON CONFLICT</c>. The NOT EXISTS test reads the outbox WITH (UPDLOCK, HOLDLOCK):
/// serializable key-range locks held to the end of the statement, so a scan racing in another
/// process waits instead of inserting the same reminder; should the two deadlock, SQL Server rolls
/// one statement back whole (error 1205) and the job's retry runs it again, finding the rows written.
/// </summary>
internal sealed class SqlServerReminderDialect : ReminderSqlDialect
{
    public override string NewId => "NEWID()";

    public override string SkipExisting(string kind, string subjectKey, string dueOn) =>
        "\n" + $"""  AND NOT EXISTS (SELECT 1 FROM "Notifications" n WITH (UPDLOCK, HOLDLOCK) WHERE n."Kind" = {kind} AND n."SubjectKey" = {subjectKey} AND n."DueOn" = {dueOn})""";

    public override string OnConflict => string.Empty;

    public override string Text(string value) => "N" + base.Text(value);

    // CONCAT, not +: it converts numbers to text and reads NULL as empty.
    public override string Concat(params string[] parts) => "CONCAT(" + string.Join(", ", parts) + ")";

    public override string IdText(string column) => $"LOWER(CONVERT(nvarchar(36), {column}))";

    public override string FirstOf(string column, string fromWhereOrderBy) => $"(SELECT TOP (1) {column} {fromWhereOrderBy})";

    public override string SkipTakeOne(int skip) => $"OFFSET {skip} ROWS FETCH NEXT 1 ROWS ONLY";
}
