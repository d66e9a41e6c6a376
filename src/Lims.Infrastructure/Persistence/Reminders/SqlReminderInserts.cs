using System.Globalization;
using Lims.Application.Abstractions;
using Lims.Application.Features.InstrumentTypes;
using Lims.Application.Features.Recall;
using Lims.Domain.Instruments;
using Lims.Domain.Notifications;
using Lims.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using static Lims.Application.Features.Recall.InternalRecipients;

namespace Lims.Infrastructure.Persistence.Reminders;

/// <summary>
/// The recall scan's reminders as one <c>INSERT … SELECT</c> per step (per batch of instruments) that
/// skips the reminders that exist (<see cref="ReminderSqlDialect.SkipExisting"/>): kind, subject, due date and the recipient copied,
/// no words (those are rendered in C# when a reminder is delivered or shown). Each statement
/// runs in a transaction of its own, on SQLite behind the process's write gate.
/// </summary>
internal sealed class SqlReminderInserts(LimsDbContext db) : IReminderInserts
{
    private static readonly TimeSpan StatementTimeout = TimeSpan.FromMinutes(5);

    private readonly ReminderSqlDialect _sql = ReminderSqlDialect.For(db.Database);

    public async Task<DateOnly?> InstrumentBatchEndAsync(RecallScanContext scan, DateOnly? after, int count, CancellationToken ct)
    {
        var values = new List<object> { _sql.Date(scan.Horizon) };
        var where = """ WHERE "NextDueOn" <= {0}""";
        if (after is { } first)
        {
            values.Add(_sql.Date(first));
            where += """ AND "NextDueOn" > {1}""";
        }

        var query = $"""SELECT "NextDueOn" AS "Value" FROM "Instruments"{where} ORDER BY "NextDueOn" {_sql.SkipTakeOne(count - 1)}""";
        var days = await db.Database.SqlQueryRaw<DateOnly>(query, [.. values]).ToListAsync(ct);
        return days.Count == 0 ? null : days[0];
    }

    public async Task<int> InstrumentDueAsync(RecallScanContext scan, DateOnly? after, DateOnly? upTo, CancellationToken ct)
    {
        var compulsory = await CompulsoryPairs.LoadAsync(db, ct);
        var p = new Parameters(_sql, NotificationKind.InstrumentDue, scan);
        var due = """i."NextDueOn" """;
        var email = """CASE WHEN TRIM(c."Email") = '' THEN NULL ELSE TRIM(c."Email") END""";
        var from = $"""
            FROM "Instruments" i
            JOIN "Customers" c ON c."Id" = i."CustomerId"
            WHERE i."Status" <> 'Retired' AND i."NextDueOn" IS NOT NULL AND i."NextDueOn" <= {p.Add(_sql.Date(scan.Horizon))}
              AND {Reminded(compulsory, p)}
            """;
        if (after is { } first)
        {
            from += "\n  AND i.\"NextDueOn\" > " + p.Add(_sql.Date(first));
        }

        if (upTo is { } last)
        {
            from += "\n  AND i.\"NextDueOn\" <= " + p.Add(_sql.Date(last));
        }

        var reminder = new ReminderColumns(_sql.IdText("""i."Id" """), due, """c."Id" """, """c."Name" """, """c."ContactName" """, """c."Phone" """, email, "NULL");
        return await InsertAsync(reminder, from, p, ct);
    }

    /// <summary>
    /// Rule 16, as <see cref="CompulsoryPairs.Reminded"/>: instrument <c>i</c> under periodic compulsory
    /// verification, or not under compulsory verification and its customer <c>c</c> asked for reminders.
    /// </summary>
    private static string Reminded(CompulsoryPairs compulsory, Parameters p) =>
        $"""({Pairs(compulsory.ByUse(CompulsoryVerification.Periodic), p)} OR (c."RemindersRequested" = {p.Add(true)} AND NOT {Pairs(compulsory.ByUse(), p)}))""";

    /// <summary><c>(i.Usage = 'TradeSettlement' AND i.TypeCode IN (…)) OR …</c>; false when no type is compulsory for any use.</summary>
    private static string Pairs(IEnumerable<(InstrumentUsage Usage, List<string> TypeCodes)> byUse, Parameters p)
    {
        var terms = byUse.Where(u => u.TypeCodes.Count > 0)
            .Select(u => $"""(i."Usage" = {p.Add(u.Usage.ToString())} AND i."TypeCode" IN ({string.Join(", ", u.TypeCodes.Select(p.Add))}))""")
            .ToList();
        return terms.Count == 0 ? "(1 = 0)" : $"({string.Join(" OR ", terms)})";
    }

    public Task<int> EquipmentDueAsync(RecallScanContext scan, DateOnly horizon, CancellationToken ct)
    {
        var p = new Parameters(_sql, NotificationKind.EquipmentCalibrationDue, scan);
        var from = EquipmentInService($"""x."DueOn" >= {p.Add(_sql.Date(scan.Today))} AND x."DueOn" <= {p.Add(_sql.Date(horizon))}""");
        var custodian = _sql.Concat(_sql.Text(Custodian + " ("), """s."Code" """, _sql.Text(")"));
        return InsertAsync(EquipmentReminder(custodian), from, p, ct);
    }

    public Task<int> EquipmentExpiredAsync(RecallScanContext scan, CancellationToken ct)
    {
        var p = new Parameters(_sql, NotificationKind.EquipmentCalibrationExpired, scan);
        var from = EquipmentInService($"""x."DueOn" < {p.Add(_sql.Date(scan.Today))}""");
        return InsertAsync(EquipmentReminder(_sql.Text(QualityManagers)), from, p, ct);
    }

    /// <summary>Equipment in service with its latest calibration's valid-until (as <c>EquipmentDueQuery</c>), standard <c>s</c> and laboratory <c>l</c>.</summary>
    private string EquipmentInService(string dueCondition)
    {
        var latest = _sql.FirstOf("""c."ValidUntil" """, """FROM "EquipmentCalibration" c WHERE c."EquipmentId" = e."Id" ORDER BY c."CalibratedOn" DESC, c."ValidUntil" DESC""");
        return $"""
            FROM (SELECT e."AssetNo", e."StandardCode", {latest} AS "DueOn"
                  FROM "Equipment" e WHERE e."Status" = 'InService') x
            JOIN "MeasurementStandards" s ON s."Code" = x."StandardCode"
            JOIN "Laboratories" l ON l."Code" = s."LaboratoryCode"
            WHERE {dueCondition}
            """;
    }

    private static ReminderColumns EquipmentReminder(string contactName) =>
        new("""x."AssetNo" """, """x."DueOn" """, "NULL", """l."Name" """, contactName, "''", "NULL", """l."Code" """);

    private async Task<int> InsertAsync(ReminderColumns r, string fromWhere, Parameters p, CancellationToken ct)
    {
        var statement = $"""
            INSERT INTO "Notifications" ("Id", "Kind", "SubjectKey", "DueOn", "LaboratoryCode", "CustomerId", "RecipientName", "ContactName", "Phone", "Email", "Status", "Attempts", "CreatedAt", "NextAttemptAt", "Version")
            SELECT {_sql.NewId}, {p.Kind}, {r.SubjectKey}, {r.DueOn}, {r.LaboratoryCode}, {r.CustomerId}, {r.RecipientName}, {r.ContactName}, {r.Phone}, {r.Email}, 'Pending', 0, {p.Now}, {p.Now}, 1
            {fromWhere}{_sql.SkipExisting(p.Kind, r.SubjectKey, r.DueOn)}
            {_sql.OnConflict}
            """;
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(StatementTimeout);
        try
        {
            return await db.InTransactionAsync(
                async token =>
                {
                    var (before, after) = _sql.AroundBulkInsert;
                    if (before is not null)
                    {
                        await db.Database.ExecuteSqlRawAsync(before, token);
                    }

                    try
                    {
                        return await db.Database.ExecuteSqlRawAsync(statement, p.Values, token);
                    }
                    finally
                    {
                        if (after is not null)
                        {
                            await db.Database.ExecuteSqlRawAsync(after, CancellationToken.None);
                        }
                    }
                },
                ct);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    /// <summary>The SQL expressions of a reminder's columns.</summary>
    private sealed record ReminderColumns(string SubjectKey, string DueOn, string CustomerId, string RecipientName, string ContactName, string Phone, string Email, string LaboratoryCode);

    /// <summary>The statement's parameters, as EF's <c>{n}</c> placeholders; the kind and the instant come first.</summary>
    private sealed class Parameters
    {
        private readonly List<object> _values = [];

        public Parameters(ReminderSqlDialect sql, NotificationKind kind, RecallScanContext scan)
        {
            Kind = Add(kind.ToString());
            Now = Add(sql.Instant(scan.Now));
        }

        public string Kind { get; }

        public string Now { get; }

        public IReadOnlyList<object> Values => _values;

        public string Add(object value)
        {
            _values.Add(value);
            return "{" + (_values.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
        }
    }
}
