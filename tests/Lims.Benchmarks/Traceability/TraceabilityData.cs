using System.Globalization;
using Lims.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Lims.Benchmarks.Traceability;

/// <summary>
/// A throwaway SQLite file with 10,000 pieces of equipment (two calibrations each), 50 chains of
/// reference standards 6 levels deep (national primary standard + 5 external standards) and
/// 1,000,000 equipment uses, written with prepared commands in one transaction. Made once and reused.
/// </summary>
internal static class TraceabilityData
{
    public const int EquipmentCount = 10_000;
    public const int Chains = 50;
    public const int Depth = 6;
    public const int UsesPerEquipment = 100;
    private const string Marker = "-complete";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static string File => Path.Combine(Path.GetTempPath(), $"lims-bench-traceability-{Today:yyyyMMdd}.db");

    public static string ConnectionString => $"Data Source={File}";

    public static LimsDbContext Context() =>
        new(new DbContextOptionsBuilder<LimsDbContext>().UseLimsDatabase(DatabaseProvider.Sqlite, ConnectionString).Options, NoWriteGate.Instance);

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

        using var connection = new SqliteConnection(ConnectionString);
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

        // 100 uses per equipment spread over the last two years, citing the calibration valid that day.
        Insert(connection, "INSERT INTO EquipmentUses (Id, WorkOrderId, EquipmentId, CalibrationId, PerformedOn) VALUES ($id, $wo, $eq, $cal, $on)",
            EquipmentCount * UsesPerEquipment, (p, i) =>
            {
                var (e, k) = (i / UsesPerEquipment, i % UsesPerEquipment);
                var daysAgo = (k * 7) + (e % 7);
                p["$id"].Value = Id();
                p["$wo"].Value = Id();
                p["$eq"].Value = equipmentIds[e];
                p["$cal"].Value = calibrationIds[e, daysAgo < 365 ? 1 : 0];
                p["$on"].Value = Iso(Today.AddDays(-daysAgo));
            });
        transaction.Commit();
        Exec(connection, "ANALYZE");
        System.IO.File.WriteAllText(File + Marker, "");
    }

    private static void Insert(SqliteConnection connection, string sql, int count, Action<SqliteParameterCollection, int> bind)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, @"\$[a-z]+").Select(m => m.Value).Distinct())
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
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
