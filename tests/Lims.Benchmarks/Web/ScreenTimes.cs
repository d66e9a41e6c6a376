using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Lims.Benchmarks.Web;

/// <summary>
/// The interface's screens timed as a browser asks for them, against the demo laboratory with
/// 100,000 more instruments of 2,000 more customers (<c>-- web-screen-times</c>). Starts the API (Release) on a new SQLite
/// file with <c>--demo</c>, adds the instruments, signs in as the demo clerk, then times each
/// screen's server render (the page's HTML: what the server computes before the browser shows
/// it), the queries its tables run once the page is live (through the same handlers' API routes),
/// and the search box, in interleaved rounds with <c>/health</c> as the baseline of the same run.
/// </summary>
internal static partial class ScreenTimes
{
    private const int ExtraInstruments = 100_000;
    private const int ExtraCustomers = 2_000;
    private const int Rounds = 40;
    private const string Address = "http://127.0.0.1:5197";

    public static async Task RunAsync()
    {
        var root = Root();
        var folder = Directory.CreateTempSubdirectory("lims-bench-web-").FullName;
        var database = Path.Combine(folder, "demo.db");
        Console.WriteLine($"Database: {database}");
        using var api = Start(root, database, out var output);
        try
        {
            var clerkPassword = await WaitForDemoAsync(api, output);
            await AddInstrumentsAsync(database);
            using var browser = await SignInAsync("reception", clerkPassword);
            using var client = new HttpClient { BaseAddress = new Uri(Address) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(client, "reception", clerkPassword));

            var customer = await FirstAsync(client, "/api/customers?query=%E5%8D%8E%E6%B6%A6&pageSize=1") ?? await FirstAsync(client, "/api/customers?pageSize=1");
            var customerId = customer!.Value.GetProperty("id").GetString();
            var submission = (await FirstAsync(client, "/api/submissions?pageSize=1"))!.Value.GetProperty("id").GetString();
            var certificate = (await FirstAsync(client, "/api/certificates?pageSize=1"))!.Value;
            var certificateNo = certificate.GetProperty("certificateNo").GetString();
            var code = certificate.GetProperty("verificationCode").GetString();
            var name = customer.Value.GetProperty("name").GetString()![..4];

            var screens = new (string Name, HttpClient Client, string Path)[]
            {
                ("baseline /health", client, "/health"),
                ("收样台 /reception", browser, "/reception"),
                ("客户卡片 /reception/customers/{id}", browser, $"/reception/customers/{customerId}"),
                ("新客户 /reception/customers/new", browser, "/reception/customers/new"),
                ("登记器具 …/instruments/new", browser, $"/reception/customers/{customerId}/instruments/new"),
                ("收样 …/intake", browser, $"/reception/customers/{customerId}/intake"),
                ("收样单 /reception/submissions/{id}", browser, $"/reception/submissions/{submission}"),
                ("召回提醒 /reception/recall", browser, "/reception/recall"),
                ("证书查验 /c/{no}?code=", browser, $"/c/{certificateNo}?code={code}"),
                ("结果公示 /gs/{id}", browser, $"/gs/{customerId}"),
                ("card table: instruments", client, $"/api/instruments?customerId={customerId}&pageSize=20"),
                ("card table: certificates", client, $"/api/certificates?customerId={customerId}&pageSize=10"),
                ("recall table", client, "/api/recalls/due?within=30&pageSize=50"),
                ("search: serial number", client, "/api/search?q=BENCH-0050000"),
                ("search: work order number", client, "/api/search?q=NO-SUCH-WORK-ORDER-01"),
                ("search: part of a name", client, $"/api/search?q={Uri.EscapeDataString(name)}"),
            };
            var times = screens.ToDictionary(s => s.Name, _ => new List<double>());
            for (var round = -5; round < Rounds; round++)
            {
                foreach (var (screenName, http, path) in screens)
                {
                    var watch = Stopwatch.StartNew();
                    using var response = await http.GetAsync(path);
                    await response.Content.ReadAsByteArrayAsync();
                    watch.Stop();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
                    }

                    if (round >= 0)
                    {
                        times[screenName].Add(watch.Elapsed.TotalMilliseconds);
                    }
                }
            }

            var baseline = Median(times["baseline /health"]);
            Console.WriteLine($"| screen or query | median ms | p90 ms | × /health |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var (screenName, list) in times)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {screenName} | {Median(list):0.0} | {Percentile(list, 0.9):0.0} | {Median(list) / baseline:0.0} |"));
            }
        }
        finally
        {
            api.Kill(entireProcessTree: true);
            await api.WaitForExitAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lims.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Lims.sln not found");
    }

    private static Process Start(string root, string database, out List<string> output)
    {
        var start = new ProcessStartInfo("dotnet", ["run", "-c", "Release", "--no-launch-profile", "--project", Path.Combine(root, "src", "Lims.Api"), "--", "--demo", "--urls", Address])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        start.Environment["ConnectionStrings__Lims"] = $"Data Source={database}";
        start.Environment["Bootstrap__AdminPassword"] = "Bench-Pass-2026-x1";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Jobs__BackgroundServer"] = "false";
        start.Environment["RateLimiting__Public__PermitLimit"] = "1000000";
        start.Environment["RateLimiting__Login__PermitLimit"] = "1000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        var lines = new List<string>();
        output = lines;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (lines) { lines.Add(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (lines) { lines.Add(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The demo prints its users' passwords once; the clerk's is read from there.</summary>
    private static async Task<string> WaitForDemoAsync(Process api, List<string> output)
    {
        using var health = new HttpClient { BaseAddress = new Uri(Address) };
        for (var i = 0; i < 3600 && !api.HasExited; i++)
        {
            string? line;
            lock (output)
            {
                line = output.FirstOrDefault(l => l.TrimStart().StartsWith("reception ", StringComparison.Ordinal));
            }

            if (line is not null && await IsUpAsync(health))
            {
                return line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            }

            await Task.Delay(1000);
        }

        lock (output)
        {
            throw new InvalidOperationException("The demo did not start:\n" + string.Join('\n', output.TakeLast(30)));
        }
    }

    private static async Task<bool> IsUpAsync(HttpClient client)
    {
        try
        {
            return (await client.GetAsync("/health")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>
    /// 100,000 instruments (serials BENCH-0000001…) of 2,000 more customers, 50 each: a city's
    /// register, while the demo's own sites keep their realistic size for the per-customer screens.
    /// </summary>
    private static async Task AddInstrumentsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Default Timeout=60");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {ExtraCustomers})
            INSERT INTO Customers (Id, Name, CreditCode, ContactName, Phone, Address, District, Category, Version, Email, RemindersRequested)
            SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))),
                   '基准客户' || printf('%05d', n.i), '91BENCH' || printf('%011d', n.i), '陈经理', '0750-3123456', '江门市蓬江区', '蓬江区', 'Enterprise', 0, NULL, 0
            FROM n;
            CREATE TEMP TABLE bench_customer (k INTEGER PRIMARY KEY, Id TEXT NOT NULL);
            INSERT INTO bench_customer SELECT row_number() OVER (ORDER BY Id) - 1, Id FROM Customers WHERE Name LIKE '基准客户%';
            CREATE TEMP TABLE bench_type (k INTEGER PRIMARY KEY, Code TEXT NOT NULL);
            INSERT INTO bench_type SELECT row_number() OVER (ORDER BY Code) - 1, Code FROM InstrumentTypes;
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {ExtraInstruments})
            INSERT INTO Instruments (Id, CustomerId, TypeCode, Manufacturer, Model, SerialNumber, Range, AccuracyClass, Usage, Location, Status, LastVerifiedOn, NextDueOn, Version)
            SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))),
                   (SELECT Id FROM bench_customer WHERE k = n.i % {ExtraCustomers}),
                   (SELECT Code FROM bench_type WHERE k = n.i % (SELECT count(*) FROM bench_type)),
                   '基准制造厂', 'B-' || (n.i % 50), 'BENCH-' || printf('%07d', n.i), '(0~30) kg', 'Ⅲ', 'TradeSettlement', '基准场所', 'InService',
                   date('now', '-' || (n.i % 365) || ' days'), date('now', '+' || (n.i % 365) || ' days'), 0
            FROM n;
            """;
        await command.ExecuteNonQueryAsync();
        Console.WriteLine($"Added {ExtraCustomers:N0} customers with {ExtraInstruments:N0} instruments.");
    }

    /// <summary>Signs in through the sign-in form, as a browser does, and keeps the cookie.</summary>
    private static async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = new Uri(Address) };
        var form = await browser.GetStringAsync("/login");
        var token = Token().Match(form).Groups[1].Value;
        var response = await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
        if (response.RequestMessage?.RequestUri?.AbsolutePath != "/")
        {
            throw new InvalidOperationException("Signing in failed.");
        }

        return browser;
    }

    private static async Task<string> TokenAsync(HttpClient client, string userName, string password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<JsonElement?> FirstAsync(HttpClient client, string path)
    {
        var list = await client.GetFromJsonAsync<JsonElement>(path);
        var items = list.GetProperty("items");
        return items.GetArrayLength() == 0 ? null : items[0];
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Round(p * (sorted.Count - 1)))];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
