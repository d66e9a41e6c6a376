using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Lims.Application;
using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.Recall;
using Lims.Domain.ReferenceData;
using Lims.Domain.Standards;
using Lims.Infrastructure;
using Lims.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lims.Benchmarks.Recall;

/// <summary>
/// The whole recall scan over 1,000,000 instruments (≈ 21 % of them due within 30 days or
/// overdue, 10 % never verified, 5 % retired) and 10,000 pieces of equipment (two calibrations
/// each; ≈ 8 % expired, taken out of service with an audit entry each, ≈ 8 % due within 30 days),
/// from an empty outbox and all equipment in service each time. SQLite always; PostgreSQL too when
/// LIMS_TEST_POSTGRES is set. Each case prints its
/// peak resident memory over its scans (VmHWM, reset after its set-up).
/// <c>dotnet run -c Release --project tests/Lims.Benchmarks -- --filter '*RecallScan*'</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessMonitoring))]
public class RecallScanBenchmarks
{
    public const int Instruments = 1_000_000;

    public const int PiecesOfEquipment = 10_000;

    private ServiceProvider _services = null!;
    private string _connectionString = "";

    [ParamsSource(nameof(Databases))]
    public string Database { get; set; } = "Sqlite";

    public static IEnumerable<string> Databases() =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("LIMS_TEST_POSTGRES")) ? ["Sqlite"] : ["Sqlite", "PostgreSql"];

    [GlobalSetup]
    public void Setup()
    {
        var name = $"lims_bench_{Guid.NewGuid():N}";
        _connectionString = Database == "Sqlite"
            ? $"Data Source={Path.Combine(Path.GetTempPath(), name + ".db")}"
            : new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("LIMS_TEST_POSTGRES")) { Database = name }.ToString();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database,
            ["ConnectionStrings:Lims"] = _connectionString,
            ["Jobs:BackgroundServer"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLimsApplication();
        services.AddLimsInfrastructure(configuration, Path.GetTempPath());
        services.AddSingleton<ICurrentUser, BenchmarkUser>();
        _services = services.BuildServiceProvider();

        var started = System.Diagnostics.Stopwatch.StartNew();
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
        db.Database.Migrate();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var today = ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var statement in (Database == "Sqlite" ? SqliteSeed : PostgreSqlSeed).Split(";\n", StringSplitOptions.RemoveEmptyEntries))
        {
            db.Database.ExecuteSqlRaw(statement.Replace("{TODAY}", today, StringComparison.Ordinal).Replace("{N}", Instruments.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        SeedStandard(db);
        foreach (var statement in (Database == "Sqlite" ? SqliteEquipmentSeed : PostgreSqlEquipmentSeed).Split(";\n", StringSplitOptions.RemoveEmptyEntries))
        {
            db.Database.ExecuteSqlRaw(statement.Replace("{TODAY}", today, StringComparison.Ordinal).Replace("{E}", PiecesOfEquipment.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        Console.WriteLine($"// {Database}: {db.Instruments.Count():N0} instruments, {db.Equipment.Count():N0} pieces of equipment generated in {started.Elapsed.TotalSeconds:F1} s");
        ResetPeakResidentMemory();
    }

    [IterationSetup]
    public void EmptyTheOutboxAndPutAllEquipmentInService()
    {
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ILimsDb>();
        db.Notifications.ExecuteDelete();
        db.Equipment.ExecuteUpdate(s => s
            .SetProperty(e => e.Status, EquipmentStatus.InService)
            .SetProperty(e => e.StatusReason, (string?)null)
            .SetProperty(e => e.StatusSince, (DateOnly?)null)
            .SetProperty(e => e.OutOfServiceCause, (OutOfServiceCause?)null));
    }

    [Benchmark]
    public int RecallScan()
    {
        using var scope = _services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<RecallScanHandler>().ScanAsync(DateTimeOffset.UtcNow, CancellationToken.None).GetAwaiter().GetResult().Total;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        using (var scope = _services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ILimsDb>();
            Console.WriteLine($"// {Database}: {db.Notifications.Count():N0} reminders written by the last scan, {db.Equipment.Count(e => e.Status == EquipmentStatus.OutOfService):N0} pieces of equipment taken out of service");
        }

        Console.WriteLine($"// {Database}: peak resident memory of the process during the scans (VmHWM) {ProcStatusMegabytes("VmHWM:")} MB");
        _services.Dispose();
        if (Database == "Sqlite")
        {
            SqliteConnection.ClearAllPools();
            var file = new SqliteConnectionStringBuilder(_connectionString).DataSource;
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            var builder = new NpgsqlConnectionStringBuilder(_connectionString);
            var name = builder.Database;
            builder.Database = "postgres";
            using var connection = new NpgsqlConnection(builder.ToString());
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }

    private static string ProcStatusMegabytes(string field)
    {
        var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal)) : null;
        return line is null ? "?" : (long.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    // Linux: writing 5 to clear_refs resets VmHWM to the current resident size, so the peak is the
    // scans' (an aggressive collection first hands back what an earlier case of an in-process run held).
    private static void ResetPeakResidentMemory()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (File.Exists("/proc/self/clear_refs"))
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }

        Console.WriteLine($"// resident memory before the scans (VmRSS) {ProcStatusMegabytes("VmRSS:")} MB");
    }

    /// <summary>A laboratory, a reference standard and the measurement standard the equipment belongs to.</summary>
    private static void SeedStandard(LimsDbContext db)
    {
        db.Laboratories.Add(new Laboratory("JM", "江门市计量检定测试所", LaboratoryLevel.City, "CNAS L0001", "江门市蓬江区"));
        db.ReferenceStandards.Add(new ReferenceStandardGraph([]).Add("NIM-M", "国家质量基准", "中国计量科学研究院", ReferenceStandardKind.NationalPrimaryStandard, null));
        db.MeasurementStandards.Add(new MeasurementStandard("JM-S-001", "E2等级砝码标准装置", "JM", "[2022]粤量标江证字第001号", DateOnly.FromDateTime(DateTime.UtcNow).AddYears(3), false, ["JJG 539-2016"]));
        db.SaveChanges();
    }

    // Set-based generation in one transaction each: no EF change tracking. n % 10 = 0 never verified,
    // n % 20 = 1 retired; due dates spread over a year from 60 days ago.
    private const string SqliteSeed = """
        INSERT INTO "Procedures" ("Id", "Code", "Title", "Kind", "Version") VALUES ('0000000A-0000-7000-8000-000000000001', 'JJG 539-2016', '数字指示秤检定规程', 'VerificationRegulation', 1);
        INSERT INTO "InstrumentTypes" ("Id", "Code", "Name", "ProcedureCode", "Compulsory", "CompulsoryUses", "CompulsoryVerification", "IntervalMonths", "Fee", "Version") VALUES ('0000000B-0000-7000-8000-000000000001', 'EPS', '电子计价秤', 'JJG 539-2016', 1, '["TradeSettlement"]', 'Periodic', 12, 30.0, 1);
        WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 1000)
        INSERT INTO "Customers" ("Id", "Name", "CreditCode", "ContactName", "Phone", "Address", "District", "Category", "Version", "Email")
        SELECT printf('0000000C-0000-7000-8000-%012X', n), '江门市蓬江区第' || n || '市场', printf('91440703MA%08d', n), '陈经理', '0750-3123456', '江门市蓬江区', '蓬江区', 'Market', 1,
               CASE WHEN n % 2 = 0 THEN 'market' || n || '@example.cn' END
        FROM seq;
        WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {N})
        INSERT INTO "Instruments" ("Id", "CustomerId", "TypeCode", "Manufacturer", "Model", "SerialNumber", "Range", "AccuracyClass", "Usage", "Location", "Status", "LastVerifiedOn", "NextDueOn", "Version")
        SELECT printf('%08X-0000-7000-8000-000000000000', n), printf('0000000C-0000-7000-8000-%012X', n % 1000 + 1), 'EPS', '上海友声衡器有限公司', 'ACS-15', 'SN' || n, '(0~15) kg', 'Ⅲ', 'TradeSettlement', '摊位 ' || n,
               CASE WHEN n % 20 = 1 THEN 'Retired' ELSE 'InService' END,
               CASE WHEN n % 10 = 0 THEN NULL ELSE date('{TODAY}', ((n * 7919) % 365 - 60) || ' days', '-12 months') END,
               CASE WHEN n % 10 = 0 THEN NULL ELSE date('{TODAY}', ((n * 7919) % 365 - 60) || ' days') END,
               1
        FROM seq;
        ANALYZE
        """;

    private const string PostgreSqlSeed = """
        INSERT INTO "Procedures" ("Id", "Code", "Title", "Kind", "Version") VALUES ('0000000a-0000-7000-8000-000000000001', 'JJG 539-2016', '数字指示秤检定规程', 'VerificationRegulation', 1);
        INSERT INTO "InstrumentTypes" ("Id", "Code", "Name", "ProcedureCode", "Compulsory", "CompulsoryUses", "CompulsoryVerification", "IntervalMonths", "Fee", "Version") VALUES ('0000000b-0000-7000-8000-000000000001', 'EPS', '电子计价秤', 'JJG 539-2016', true, ARRAY['TradeSettlement'], 'Periodic', 12, 30.0, 1);
        INSERT INTO "Customers" ("Id", "Name", "CreditCode", "ContactName", "Phone", "Address", "District", "Category", "Version", "Email")
        SELECT ('0000000c-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, '江门市蓬江区第' || n || '市场', '91440703MA' || lpad(n::text, 8, '0'), '陈经理', '0750-3123456', '江门市蓬江区', '蓬江区', 'Market', 1,
               CASE WHEN n % 2 = 0 THEN 'market' || n || '@example.cn' END
        FROM generate_series(1, 1000) AS n;
        INSERT INTO "Instruments" ("Id", "CustomerId", "TypeCode", "Manufacturer", "Model", "SerialNumber", "Range", "AccuracyClass", "Usage", "Location", "Status", "LastVerifiedOn", "NextDueOn", "Version")
        SELECT (lpad(to_hex(n), 8, '0') || '-0000-7000-8000-000000000000')::uuid, ('0000000c-0000-7000-8000-' || lpad(to_hex(n % 1000 + 1), 12, '0'))::uuid, 'EPS', '上海友声衡器有限公司', 'ACS-15', 'SN' || n, '(0~15) kg', 'Ⅲ', 'TradeSettlement', '摊位 ' || n,
               CASE WHEN n % 20 = 1 THEN 'Retired' ELSE 'InService' END,
               CASE WHEN n % 10 = 0 THEN NULL ELSE (DATE '{TODAY}' + ((n::bigint * 7919) % 365 - 60)::int - INTERVAL '12 months')::date END,
               CASE WHEN n % 10 = 0 THEN NULL ELSE DATE '{TODAY}' + ((n::bigint * 7919) % 365 - 60)::int END,
               1
        FROM generate_series(1, {N}) AS n;
        ANALYZE
        """;

    // Two calibrations a piece, the latest valid until a day spread over a year from 30 days ago.
    private const string SqliteEquipmentSeed = """
        WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {E})
        INSERT INTO "Equipment" ("Id", "AssetNo", "Name", "Manufacturer", "Model", "SerialNumber", "StandardCode", "Status", "Version")
        SELECT printf('%08X-0000-7000-9000-000000000000', n), printf('JM-ZC-%05d', n), 'E2等级砝码组 1 mg–500 g', '上海衡器厂', 'E2-500', 'W' || n, 'JM-S-001', 'InService', 1
        FROM seq;
        WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {E}), k(k) AS (VALUES (1), (2)),
             due(n, d) AS (SELECT n, date('{TODAY}', ((n * 7919) % 365 - 30) || ' days') FROM seq)
        INSERT INTO "EquipmentCalibration" ("Id", "EquipmentId", "CertificateNo", "IssuedBy", "CalibratedOn", "ValidUntil", "ExpandedUncertainty", "Conformity", "TracesTo")
        SELECT printf('%08X-0000-7000-A000-00000000000%d', n, k), printf('%08X-0000-7000-9000-000000000000', n), 'GDJL-' || n || '-' || k, '广东省计量科学研究院',
               date(d, (k - 3) || ' years'), date(d, (k - 2) || ' years'), 'U=0.5 mg (k=2)', 'Pass', 'NIM-M'
        FROM due, k;
        ANALYZE
        """;

    private const string PostgreSqlEquipmentSeed = """
        INSERT INTO "Equipment" ("Id", "AssetNo", "Name", "Manufacturer", "Model", "SerialNumber", "StandardCode", "Status", "Version")
        SELECT (lpad(to_hex(n), 8, '0') || '-0000-7000-9000-000000000000')::uuid, 'JM-ZC-' || lpad(n::text, 5, '0'), 'E2等级砝码组 1 mg–500 g', '上海衡器厂', 'E2-500', 'W' || n, 'JM-S-001', 'InService', 1
        FROM generate_series(1, {E}) AS n;
        INSERT INTO "EquipmentCalibration" ("Id", "EquipmentId", "CertificateNo", "IssuedBy", "CalibratedOn", "ValidUntil", "ExpandedUncertainty", "Conformity", "TracesTo")
        SELECT (lpad(to_hex(n), 8, '0') || '-0000-7000-a000-00000000000' || k)::uuid, (lpad(to_hex(n), 8, '0') || '-0000-7000-9000-000000000000')::uuid, 'GDJL-' || n || '-' || k, '广东省计量科学研究院',
               (d + make_interval(years => k - 3))::date, (d + make_interval(years => k - 2))::date, 'U=0.5 mg (k=2)', 'Pass', 'NIM-M'
        FROM (SELECT n, DATE '{TODAY}' + ((n::bigint * 7919) % 365 - 30)::int AS d FROM generate_series(1, {E}) AS n) AS due, generate_series(1, 2) AS k;
        ANALYZE
        """;

    /// <summary>
    /// Three timed scans a case, no warm-up, in this process (an out-of-process run's build times out
    /// on the shared machine), allowed an hour a case (the default five minutes is less than the baseline's). Each case's peak memory is measured from its own set-up on (see
    /// <see cref="ResetPeakResidentMemory"/>).
    /// </summary>
    private sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() =>
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(0)
                .WithIterationCount(3)
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(60), logOutput: true)));
    }

    private sealed class BenchmarkUser : ICurrentUser
    {
        public string UserName => "benchmark";

        public bool IsInRole(string role) => false;

        public string? LaboratoryCode => null;

        public bool IsCityLaboratory => false;

        public bool IsSystem => true;
    }
}
