using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Lims.Application;
using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.Recall;
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
/// overdue, 10 % never verified, 5 % retired), from an empty outbox each time. SQLite always;
/// PostgreSQL too when LIMS_TEST_POSTGRES is set.
/// <c>dotnet run -c Release --project tests/Lims.Benchmarks -- --filter '*RecallScan*'</c>
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class RecallScanBenchmarks
{
    public const int Instruments = 1_000_000;

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

        Console.WriteLine($"// {Database}: {db.Instruments.Count():N0} instruments generated in {started.Elapsed.TotalSeconds:F1} s");
    }

    [IterationSetup]
    public void EmptyTheOutbox()
    {
        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ILimsDb>().Notifications.ExecuteDelete();
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
            Console.WriteLine($"// {Database}: {scope.ServiceProvider.GetRequiredService<ILimsDb>().Notifications.Count():N0} reminders written by the last scan");
        }

        Console.WriteLine($"// {Database}: peak resident memory of the process (VmHWM) {PeakResidentMegabytes()} MB");
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

    private static string PeakResidentMegabytes()
    {
        var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null ? "?" : (long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    // Set-based generation in one transaction each: no EF change tracking. n % 10 = 0 never verified,
    // n % 20 = 1 retired; due dates spread over a year from 60 days ago.
    private const string SqliteSeed = """
        INSERT INTO "Procedures" ("Id", "Code", "Title", "Kind", "Version") VALUES ('0000000A-0000-7000-8000-000000000001', 'JJG 539-2016', '数字指示秤检定规程', 'VerificationRegulation', 1);
        INSERT INTO "InstrumentTypes" ("Id", "Code", "Name", "ProcedureCode", "Compulsory", "IntervalMonths", "Fee", "Version") VALUES ('0000000B-0000-7000-8000-000000000001', 'EPS', '电子计价秤', 'JJG 539-2016', 1, 12, 30.0, 1);
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
        INSERT INTO "InstrumentTypes" ("Id", "Code", "Name", "ProcedureCode", "Compulsory", "IntervalMonths", "Fee", "Version") VALUES ('0000000b-0000-7000-8000-000000000001', 'EPS', '电子计价秤', 'JJG 539-2016', true, 12, 30.0, 1);
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

    private sealed class BenchmarkUser : ICurrentUser
    {
        public string UserName => "benchmark";

        public bool IsInRole(string role) => false;
    }
}
