using System.Globalization;
using Lims.Infrastructure.Persistence;
using Lims.Infrastructure.Persistence.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Lims.Benchmarks.Traceability;

/// <summary>
/// A throwaway SQLite file with 10,000 pieces of equipment (two calibrations each), 50 chains of
/// reference standards 6 levels deep (national primary standard + 5 external standards) and
/// 1,000,000 equipment uses, each by its own approved work order with a certificate, for 100
/// customers; written with prepared commands in one transaction. Made once and reused.
/// </summary>
internal static class TraceabilityData
{
    public const int EquipmentCount = 10_000;
    public const int Chains = 50;
    public const int Depth = 6;
    public const int UsesPerEquipment = 100;
    private const string Marker = "-complete";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static string File => Path.Combine(Path.GetTempPath(), $"lims-bench-traceability-v2-{Today:yyyyMMdd}.db");

    public static string ConnectionString => $"Data Source={File}";

    public static LimsDbContext Context() =>
        new(new DbContextOptionsBuilder<LimsDbContext>().UseLimsDatabase(DatabaseProvider.Sqlite, ConnectionString).Options, NoWriteGate.Instance, new AuditAuthors());

    public static string AssetNo(int i) => $"ZC{i:D5}";

    public static void EnsureCreated()
    {
        if (System.IO.File.Exists(File + Marker))
        {
            return;
        }

        System.IO.File.Delete(File);
        using (var context = Context())
        {
            // A benchmark database is throwaway: the schema of the model is enough, no migrations.
            context.Database.EnsureCreated();
        }

        // Foreign keys off: the work orders stand alone, without submissions or instruments.
        using var connection = new SqliteConnection(ConnectionString + ";Foreign Keys=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Exec(connection, "INSERT INTO Laboratories (Id, Code, Name, Level, AccreditationNo, Address, Version) VALUES ('" + Id() + "', 'JM', '江门市计量测试所', 'City', '', '江门', 1)");
        Exec(connection, "INSERT INTO Procedures (Id, Code, Title, Kind, Version) VALUES ('" + Id() + "', 'JJG 539-2016', '数字指示秤', 'VerificationRegulation', 1)");
        Insert(connection, "INSERT INTO MeasurementStandards (Id, Code, Name, LaboratoryCode, AssessmentCertificateNo, AssessmentValidUntil, IsPublicStandard, ProcedureCodes, Version) VALUES ($id, $code, 'E2等级砝码标准装置', 'JM', 'x', $until, 1, '[\"JJG 539-2016\"]', 1)",
            100, (p, i) => { p["$id"].Value = Id(); p["$code"].Value = $"S{i:D3}"; p["$until"].Value = Iso(Today.AddYears(2)); });
        Insert(connection, "INSERT INTO ReferenceStandards (Id, Code, Name, Holder, Kind, TracesTo, Version) VALUES ($id, $code, '砝码标准', '某计量院', $kind, $up, 1)",
            Chains * Depth, (p, i) =>
            {
                var (chain, level) = (i / Depth, i % Depth);
                p["$id"].Value = Id();
                p["$code"].Value = $"R{chain:D2}L{level}";
                p["$kind"].Value = level == 0 ? "NationalPrimaryStandard" : "ExternalStandard";
                p["$up"].Value = level == 0 ? DBNull.Value : $"R{chain:D2}L{level - 1}";
            });

        var equipmentIds = new string[EquipmentCount];
        var calibrationIds = new string[EquipmentCount, 2];
        Insert(connection, "INSERT INTO Equipment (Id, AssetNo, Name, Manufacturer, Model, SerialNumber, StandardCode, Status, Version) VALUES ($id, $asset, '砝码组', '上海衡器厂', 'E2-500', $asset, $std, 'InService', 1)",
            EquipmentCount, (p, i) => { p["$id"].Value = equipmentIds[i] = Id(); p["$asset"].Value = AssetNo(i); p["$std"].Value = $"S{i % 100:D3}"; });
        Insert(connection, "INSERT INTO EquipmentCalibration (Id, EquipmentId, CertificateNo, IssuedBy, CalibratedOn, ValidUntil, ExpandedUncertainty, Conformity, TracesTo) VALUES ($id, $eq, $cert, '广东省计量科学研究院', $on, $until, '0.05 mg (k=2)', 'Pass', $to)",
            EquipmentCount * 2, (p, i) =>
            {
                var (e, n) = (i / 2, i % 2);
                var on = Today.AddYears(n - 2).AddDays(1);
                p["$id"].Value = calibrationIds[e, n] = Id();
                p["$eq"].Value = equipmentIds[e];
                p["$cert"].Value = $"GDJL-{e:D5}-{n}";
                p["$on"].Value = Iso(on);
                p["$until"].Value = Iso(on.AddYears(1).AddDays(-1));
                p["$to"].Value = $"R{e % Chains:D2}L{Depth - 1}";
            });

        var customerIds = new string[100];
        Insert(connection, "INSERT INTO Customers (Id, Name, CreditCode, ContactName, Phone, Address, District, Category, Version) VALUES ($id, $name, $code, '陈经理', '0750-3123456', '江门', '蓬江区', 'Market', 1)",
            customerIds.Length, (p, i) => { p["$id"].Value = customerIds[i] = Id(); p["$name"].Value = $"送检单位 {i}"; p["$code"].Value = $"CC{i:D16}"; });

        // 100 uses per equipment spread over the last two years, citing the calibration valid that
        // day, each by an approved work order with its certificate (foreign keys are off on this
        // raw connection, so the work orders need no submissions or instruments).
        using var workOrder = Prepared(connection, "INSERT INTO WorkOrders (Id, Number, SubmissionId, InstrumentId, CustomerId, LaboratoryCode, Service, ProcedureCode, Status, RegisteredAt, Version, ResultCount, CertificateNo) VALUES ($id, $number, $id, $id, $customer, 'JM', 'Verification', 'JJG 539-2016', 'Approved', 0, 1, 1, $cert)");
        using var certificate = Prepared(connection, "INSERT INTO Certificates (Id, CertificateNo, Kind, WorkOrderId, InstrumentId, CustomerId, LaboratoryCode, PerformedOn, IssuedOn, IssuedAt, IssuedBy, Conclusion, VerificationCode, Sha256, Revoked, Version) VALUES ($id, $cert, 'VerificationCertificate', $wo, $wo, $customer, 'JM', $on, $on, 0, 'approver', 'Pass', 'ABCD-EFGH', '', 0, 1)");
        Insert(connection, "INSERT INTO EquipmentUses (Id, WorkOrderId, EquipmentId, CalibrationId, PerformedOn) VALUES ($id, $wo, $eq, $cal, $on)",
            EquipmentCount * UsesPerEquipment, (p, i) =>
            {
                var (e, k) = (i / UsesPerEquipment, i % UsesPerEquipment);
                var daysAgo = (k * 7) + (e % 7);
                var (wo, customer, on, cert) = (Id(), customerIds[i % customerIds.Length], Iso(Today.AddDays(-daysAgo)), $"JM-JD-2026-{i + 1:D7}");
                Run(workOrder, ("$id", wo), ("$number", $"JM-SJ-2026-{i + 1:D7}-01"), ("$customer", customer), ("$cert", cert));
                Run(certificate, ("$id", Id()), ("$cert", cert), ("$wo", wo), ("$customer", customer), ("$on", on));
                p["$id"].Value = Id();
                p["$wo"].Value = wo;
                p["$eq"].Value = equipmentIds[e];
                p["$cal"].Value = calibrationIds[e, daysAgo < 365 ? 1 : 0];
                p["$on"].Value = on;
            });
        transaction.Commit();
        Exec(connection, "ANALYZE");
        System.IO.File.WriteAllText(File + Marker, "");
    }

    private static SqliteCommand Prepared(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, @"\$[a-z]+").Select(m => m.Value).Distinct())
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value;
        }

        command.ExecuteNonQuery();
    }

    private static void Insert(SqliteConnection connection, string sql, int count, Action<SqliteParameterCollection, int> bind)
    {
        using var command = Prepared(connection, sql);
        for (var i = 0; i < count; i++)
        {
            bind(command.Parameters, i);
            command.ExecuteNonQuery();
        }
    }

    private static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Id() => Guid.CreateVersion7().ToString().ToUpperInvariant();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
