using System.Globalization;
using Lims.Infrastructure.Persistence;
using Lims.Infrastructure.Persistence.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lims.Benchmarks.Reports;

/// <summary>
/// A throwaway SQLite file with the real schema (the Sqlite migrations) and a city's worth of data:
/// 2 laboratories, 200 standards, 10 instrument types (8 compulsory), 10,000 customers in 7
/// districts, 1,000,000 instruments (1 % retired), 200,000 submissions of 10 items, 2,000,000 work
/// orders (1 % still open) and 2,000,000 certificates (90 % certificates, 8 % result notices,
/// 2 % calibration; 0.5 % revoked) over the last two years. Every table is filled by one
/// INSERT … SELECT over a recursive counter, all in one transaction. Made once per day and reused.
/// </summary>
internal static class KpiData
{
    public const int Instruments = 1_000_000;
    public const int Certificates = 2_000_000;
    public const int Customers = 10_000;
    public const int ItemsPerSubmission = 10;
    private const string Marker = "-complete";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static string File => Path.Combine(Path.GetTempPath(), $"lims-bench-kpi-{Today:yyyyMMdd}.db");

    public static string ConnectionString => $"Data Source={File}";

    /// <summary>A context on the file; <paramref name="executed"/> hears every command executed and every reader disposed, with their times.</summary>
    public static LimsDbContext Context(Action<string>? executed = null)
    {
        var options = new DbContextOptionsBuilder<LimsDbContext>().UseLimsDatabase(DatabaseProvider.Sqlite, ConnectionString);
        if (executed is not null)
        {
            options.LogTo(executed, [RelationalEventId.CommandExecuted, RelationalEventId.DataReaderDisposing]);
        }

        return new(options.Options, NoWriteGate.Instance, new AuditAuthors());
    }

    /// <summary>Fills the file if today's is not there yet (minutes: run <c>-- prepare-kpi-data</c> before the benchmark).</summary>
    public static async Task EnsureCreatedAsync()
    {
        // The marker says the load finished; without the file (deleted to free the disk) it is stale.
        if (System.IO.File.Exists(File + Marker) && System.IO.File.Exists(File))
        {
            return;
        }

        foreach (var suffix in new[] { "", "-wal", "-shm", Marker })
        {
            System.IO.File.Delete(File + suffix);
        }

        await using (var context = Context())
        {
            await context.Database.MigrateAsync();
        }

        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        // A bulk load: no WAL (it would hold every page twice), no fsync, the indexes built once at the end.
        await ExecAsync(connection, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; PRAGMA cache_size = -400000");
        var indexes = new List<(string Name, string Sql)>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            foreach (var (name, _) in indexes)
            {
                await ExecAsync(connection, $"DROP INDEX \"{name}\"");
            }

            foreach (var statement in Statements())
            {
                await ExecAsync(connection, statement);
            }

            foreach (var (_, sql) in indexes)
            {
                await ExecAsync(connection, sql);
            }

            await transaction.CommitAsync();
        }

        await ExecAsync(connection, "ANALYZE; PRAGMA journal_mode = WAL");
        await System.IO.File.WriteAllTextAsync(File + Marker, "");
    }

    /// <summary>A GUID as EF stores it on SQLite (upper-case text), unique per table through the tag.</summary>
    private static string Guid(string tag, string n) => $"printf('{tag}-0000-4000-8000-%012X', {n})";

    /// <summary>UTC ticks of midnight China time of a 'yyyy-MM-dd' text date (instants are stored as ticks).</summary>
    private static string Ticks(string date) => $"(621355968000000000 + (CAST(strftime('%s', {date}) AS INTEGER) - 28800) * 10000000)";

    private static string Counter(long count) => $"WITH RECURSIVE n(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM n WHERE x < {count - 1}) ";

    private static IEnumerable<string> Statements()
    {
        var today = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var submissions = Certificates / ItemsPerSubmission;
        const string districts = "'蓬江区','江海区','新会区','台山市','开平市','鹤山市','恩平市'";
        const string categories = "'Market','Medical','FuelStation','Taxi','Enterprise','Government','Other'";

        yield return "INSERT INTO Laboratories (Id, Code, Name, Level, AccreditationNo, Address, Version) VALUES " +
            "('00000001-0000-4000-8000-000000000001', 'JM', '江门市计量测试所', 'City', 'CNAS L0001', '江门市蓬江区', 1), " +
            "('00000001-0000-4000-8000-000000000002', 'TS', '台山市计量所', 'County', 'CNAS L0002', '台山市', 1)";
        yield return "INSERT INTO Procedures (Id, Code, Title, Kind, Version) VALUES ('00000002-0000-4000-8000-000000000001', 'JJG 539-2016', '数字指示秤', 'VerificationRegulation', 1)";
        yield return Counter(10) + "INSERT INTO InstrumentTypes (Id, Code, Name, ProcedureCode, Compulsory, CompulsoryUses, CompulsoryVerification, IntervalMonths, Fee, Version) " +
            $"SELECT {Guid("00000003", "x")}, 'T' || x, '器具类别' || x, 'JJG 539-2016', x < 8, CASE WHEN x < 8 THEN '[\"TradeSettlement\"]' ELSE '[]' END, 'Periodic', CASE x % 4 WHEN 0 THEN 12 WHEN 1 THEN 6 WHEN 2 THEN 24 ELSE 12 END, 30 + 10 * x, 1 FROM n";
        yield return Counter(200) + "INSERT INTO MeasurementStandards (Id, Code, Name, LaboratoryCode, AssessmentCertificateNo, AssessmentValidUntil, IsPublicStandard, ProcedureCodes, Version) " +
            $"SELECT {Guid("00000004", "x")}, 'S' || x, '计量标准' || x, CASE WHEN x < 170 THEN 'JM' ELSE 'TS' END, 'x', " +
            $"date('{today}', CASE WHEN x % 10 = 9 THEN '-30 days' ELSE '+700 days' END), x % 3 <> 2, '[\"JJG 539-2016\"]', 1 FROM n";
        yield return Counter(Customers) + "INSERT INTO Customers (Id, Name, CreditCode, ContactName, Phone, Address, District, Category, Version) " +
            $"SELECT {Guid("00000005", "x")}, '送检单位' || x, printf('91440700%010d', x), '联系人', '0750-3123456', '江门市', " +
            $"json_extract(json_array({districts}), '$[' || (x % 7) || ']'), json_extract(json_array({categories}), '$[' || (x % 7) || ']'), 1 FROM n";
        yield return Counter(Instruments) + "INSERT INTO Instruments (Id, CustomerId, TypeCode, Manufacturer, Model, SerialNumber, Range, AccuracyClass, Usage, Location, Status, RetiredOn, Version) " +
            $"SELECT {Guid("00000006", "x")}, {Guid("00000005", $"x % {Customers}")}, 'T' || (x % 10), '上海友声衡器有限公司', 'ACS-15', 'SN' || x, '(0~15) kg', 'Ⅲ', 'TradeSettlement', '摊位', " +
            $"CASE WHEN x % 100 = 0 THEN 'Retired' ELSE 'InService' END, CASE WHEN x % 100 = 0 THEN date('{today}', '-400 days') END, 1 FROM n";
        // Submission s is received (14 + 730 × s / count) days ago (so that no work is performed after today), at JM or (one in five) TS.
        yield return Counter(submissions) + "INSERT INTO Submissions (Id, ReceiptNo, CustomerId, LaboratoryCode, ReceivedAt, ReceivedBy, Status, Version) " +
            $"SELECT {Guid("00000007", "x")}, 'SJ-' || x, {Guid("00000005", $"x % {Customers}")}, CASE WHEN x % 5 = 0 THEN 'TS' ELSE 'JM' END, " +
            $"{Ticks($"date('{today}', '-' || (14 + 730 * x / {submissions}) || ' days')")}, 'reception', 'Returned', 1 FROM n";
        // Work order / item / certificate w: submission w / 10, instrument w % 1,000,000, performed and approved (w % 15) days after receipt.
        var received = $"date('{today}', '-' || (14 + 730 * (x / {ItemsPerSubmission}) / {submissions}) || ' days')";
        var performed = $"date({received}, '+' || (x % 15) || ' days')";
        yield return Counter(Certificates) + "INSERT INTO WorkOrders (Id, Number, SubmissionId, InstrumentId, CustomerId, LaboratoryCode, Service, ProcedureCode, Status, RegisteredAt, ResultCount, ApprovedAt, TurnaroundDays, Version) " +
            $"SELECT {Guid("00000008", "x")}, 'WO-' || x, {Guid("00000007", $"x / {ItemsPerSubmission}")}, {Guid("00000006", $"x % {Instruments}")}, {Guid("00000005", $"(x / {ItemsPerSubmission}) % {Customers}")}, " +
            $"CASE WHEN (x / {ItemsPerSubmission}) % 5 = 0 THEN 'TS' ELSE 'JM' END, 'Verification', 'JJG 539-2016', CASE WHEN x % 100 = 99 THEN 'Assigned' ELSE 'Approved' END, " +
            $"{Ticks(received)}, 1, CASE WHEN x % 100 = 99 THEN NULL ELSE {Ticks(performed)} END, CASE WHEN x % 100 = 99 THEN NULL ELSE x % 15 END, 1 FROM n";
        yield return Counter(Certificates) + "INSERT INTO SubmissionItems (Id, SubmissionId, Line, InstrumentId, Service, ConditionOnReceipt, Accessories, Fee, FeeWaived, WorkOrderId) " +
            $"SELECT {Guid("00000009", "x")}, {Guid("00000007", $"x / {ItemsPerSubmission}")}, x % {ItemsPerSubmission} + 1, {Guid("00000006", $"x % {Instruments}")}, 'Verification', '完好', '', " +
            $"30 + 10 * (x % 10), CASE WHEN x % 10 < 8 THEN 30 + 10 * (x % 10) ELSE 0 END, {Guid("00000008", "x")} FROM n";
        yield return Counter(Certificates) + "INSERT INTO Certificates (Id, CertificateNo, Kind, WorkOrderId, InstrumentId, InstrumentTypeCode, CustomerId, LaboratoryCode, PerformedOn, IssuedOn, IssuedAt, IssuedBy, ValidUntil, Conclusion, VerificationCode, Sha256, Revoked, Version) " +
            $"SELECT {Guid("0000000A", "x")}, 'C-' || x, CASE WHEN x % 50 < 45 THEN 'VerificationCertificate' WHEN x % 50 < 49 THEN 'VerificationResultNotice' ELSE 'CalibrationCertificate' END, " +
            $"{Guid("00000008", "x")}, {Guid("00000006", $"x % {Instruments}")}, 'T' || (x % {Instruments} % 10), {Guid("00000005", $"(x / {ItemsPerSubmission}) % {Customers}")}, CASE WHEN (x / {ItemsPerSubmission}) % 5 = 0 THEN 'TS' ELSE 'JM' END, " +
            $"{performed}, {performed}, {Ticks(performed)}, 'approver', CASE WHEN x % 50 < 45 THEN date({performed}, '+1 year', '-1 day') END, " +
            "CASE WHEN x % 50 < 45 THEN 'Pass' WHEN x % 50 < 49 THEN 'Fail' ELSE 'NotStated' END, 'ABCDEFGH', '', x % 200 = 7, 1 FROM n";
    }

    private static async Task ExecAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }
}
