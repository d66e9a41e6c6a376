using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Lims.LoadTest;

/// <summary>
/// A laboratory set up through the API for the load test: an E2 weight standard with a calibrated
/// weight set, a compulsory price-scale type, a market customer with instruments not yet handed in
/// (for intake), and work orders assigned to an authorised technician (for results), or recorded and
/// reviewed (for approvals).
/// </summary>
public sealed class LoadLaboratory
{
    private const string Procedure = "JJG 539-2016";
    private const string Password = "Load-Test-Pass-1";

    private LoadLaboratory(string lab, Guid customer, string assetNo)
    {
        Lab = lab;
        Customer = customer;
        AssetNo = assetNo;
    }

    public string Lab { get; }

    public Guid Customer { get; }

    public string AssetNo { get; }

    public string ReceptionToken { get; private set; } = "";

    public string TechnicianToken { get; private set; } = "";

    public List<Guid> Instruments { get; } = [];

    public List<Guid> WorkOrders { get; } = [];

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static async Task<LoadLaboratory> PrepareAsync(Uri api, string adminPassword, int instruments, int workOrders)
    {
        using var admin = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromMinutes(2) };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(admin, "admin", adminPassword));

        var run = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var lab = "LD" + run;
        var standard = "STD" + run;
        await PostAsync(admin, "/api/laboratories", new { code = lab, name = "江门市计量测试所（负载测试）", level = "City", accreditationNo = "CNAS L0001", address = "广东省江门市蓬江区" });
        await PostAsync(admin, "/api/procedures", new { code = Procedure, title = "数字指示秤", kind = "VerificationRegulation" }, allowConflict: true);
        await PostAsync(admin, "/api/reference-standards", new { code = "KG" + run, name = "国家千克基准", holder = "中国计量科学研究院", kind = "NationalPrimaryStandard" });
        await PostAsync(admin, "/api/reference-standards", new { code = "GD" + run, name = "E1等级砝码标准装置", holder = "广东省计量科学研究院", kind = "ExternalStandard", tracesTo = "KG" + run });
        await PostAsync(admin, "/api/standards", new
        {
            code = standard,
            name = "E2等级砝码标准装置",
            laboratoryCode = lab,
            assessmentCertificateNo = "[2023]粤量标江法证字第001号",
            assessmentValidUntil = Iso(Today.AddYears(2)),
            isPublicStandard = true,
            procedureCodes = new[] { Procedure },
        });
        var assetNo = "ZC" + run;
        await PostAsync(admin, "/api/equipment", new { assetNo, name = "E2等级砝码组 1 mg–500 g", manufacturer = "上海衡器厂", model = "E2-500", serialNumber = "2301457", standardCode = standard });
        await PostAsync(admin, $"/api/equipment/{assetNo}/calibrations", new
        {
            certificateNo = "GDJL" + run,
            issuedBy = "广东省计量科学研究院",
            calibratedOn = Iso(Today.AddMonths(-3)),
            validUntil = Iso(Today.AddMonths(9)),
            expandedUncertainty = "0.05 mg (k=2)",
            conformity = "Pass",
            tracesTo = "GD" + run,
        });
        var type = "PS" + run;
        await PostAsync(admin, "/api/instrument-types", new { code = type, name = "电子计价秤", procedureCode = Procedure, compulsory = true, intervalMonths = 12, fee = 30 });

        var reception = await UserAsync(admin, "rcp" + run.ToLowerInvariant(), "Reception");
        var technicianName = "tec" + run.ToLowerInvariant();
        var technician = await UserAsync(admin, technicianName, "Technician");
        await PostAsync(admin, $"/api/users/{technicianName}/authorizations", new { procedureCode = Procedure, certificateNo = "JDY" + run, validUntil = Iso(Today.AddYears(1)) });

        using var desk = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromMinutes(2) };
        desk.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", reception);
        var customer = (await PostAsync(desk, "/api/customers", new
        {
            name = "江门市蓬江区华润万家超市有限公司",
            creditCode = Lims.Api.Tests.Support.CreditCodes.New(),
            contactName = "陈经理",
            phone = "0750-3123456",
            address = "广东省江门市蓬江区万达广场 1 层",
            district = "蓬江区",
            category = "Market",
        })).GetProperty("id").GetGuid();

        var result = new LoadLaboratory(lab, customer, assetNo) { ReceptionToken = reception, TechnicianToken = technician };
        var registered = new Guid[instruments + workOrders];
        await Parallel.ForAsync(0, registered.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
            registered[i] = (await PostAsync(desk, "/api/instruments", new
            {
                customerId = customer,
                typeCode = type,
                manufacturer = "上海友声衡器有限公司",
                model = "ACS-15",
                serialNumber = $"{run}-{i:D7}",
                range = "(0~15) kg",
                accuracyClass = "Ⅲ",
                usage = "TradeSettlement",
                location = $"生鲜区 {i % 40 + 1} 号摊位",
            })).GetProperty("id").GetGuid());
        result.Instruments.AddRange(registered[..instruments]);

        // The work orders for the results run come in submissions of up to 50 instruments, as a market's
        // scales do, and each is assigned to the technician.
        var handedIn = registered[instruments..].Chunk(50).ToArray();
        var workOrderIds = new Guid[handedIn.Length][];
        await Parallel.ForAsync(0, handedIn.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var submission = await PostAsync(desk, "/api/submissions", Submission(lab, customer, handedIn[i]));
            workOrderIds[i] = [.. submission.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("workOrderId").GetGuid())];
        });
        var assigned = workOrderIds.SelectMany(ids => ids).ToArray();
        await Parallel.ForEachAsync(assigned, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (workOrder, _) =>
            await PostAsync(desk, $"/api/work-orders/{workOrder}/assign", new { technician = technicianName }));
        result.WorkOrders.AddRange(assigned);
        return result;
    }

    /// <summary>
    /// A laboratory whose <paramref name="workOrders"/> work orders have their results recorded and
    /// reviewed, ready to approve; returns it with an approver's token.
    /// </summary>
    public static async Task<(LoadLaboratory Lab, string ApproverToken)> PrepareReviewedAsync(Uri api, string adminPassword, int workOrders)
    {
        var lab = await PrepareAsync(api, adminPassword, 0, workOrders);
        using var admin = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromMinutes(2) };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(admin, "admin", adminPassword));
        var run = lab.Lab[2..].ToLowerInvariant();
        using var reviewer = Client(api, await UserAsync(admin, "rev" + run, "Reviewer"));
        var approver = await UserAsync(admin, "apr" + run, "Approver");
        using var technician = Client(api, lab.TechnicianToken);
        var results = Results(lab.AssetNo);
        await Parallel.ForEachAsync(lab.WorkOrders, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (workOrder, _) =>
        {
            await PostAsync(technician, $"/api/work-orders/{workOrder}/results", results);
            await PostAsync(reviewer, $"/api/work-orders/{workOrder}/review", new { accept = true, comment = "核验无误 / Checked" });
        });
        return (lab, approver);
    }

    /// <summary>
    /// Approves the work orders all at once, each its own request; returns the seconds from the first
    /// request sent to the last answer. Every approval must issue its certificate.
    /// </summary>
    public static async Task<double> ApproveAllAsync(Uri api, string approverToken, IReadOnlyList<Guid> workOrders)
    {
        using var approver = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workOrders.Count }) { BaseAddress = api, Timeout = TimeSpan.FromMinutes(5) };
        approver.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", approverToken);
        var started = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(workOrders.Select(workOrder => PostAsync(approver, $"/api/work-orders/{workOrder}/approve", new { })));
        return started.Elapsed.TotalSeconds;
    }

    public void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "reception.token"), ReceptionToken);
        File.WriteAllText(Path.Combine(folder, "technician.token"), TechnicianToken);
        File.WriteAllLines(Path.Combine(folder, "instruments.txt"), Instruments.Select(i => i.ToString()));
        File.WriteAllLines(Path.Combine(folder, "work-orders.txt"), WorkOrders.Select(i => i.ToString()));

        // The Lua scripts put an instrument id or nothing in these bodies; they stay as the API expects them.
        File.WriteAllText(Path.Combine(folder, "submission.json"), JsonSerializer.Serialize(Submission(Lab, Customer, [Guid.Empty])).Replace(Guid.Empty.ToString(), "{instrument}", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "results.json"), JsonSerializer.Serialize(Results(AssetNo)));
    }

    private static object Submission(string lab, Guid customer, IEnumerable<Guid> instruments) => new
    {
        customerId = customer,
        laboratoryCode = lab,
        items = instruments.Select(instrument => new { instrumentId = instrument, service = "Verification", conditionOnReceipt = "外观完好 / Good", accessories = "电源适配器" }),
    };

    /// <summary>A class III scale verified at five loads, three readings each, with two uncertainty components.</summary>
    private static object Results(string assetNo) => new
    {
        performedOn = Iso(Today),
        temperatureC = 20.5m,
        humidityPct = 45m,
        location = "质量实验室 201",
        equipmentAssetNos = new[] { assetNo },
        points = new[] { 0.500m, 2.000m, 5.000m, 10.000m, 15.000m }.Select(nominal => new
        {
            quantity = "质量 Mass",
            unit = "kg",
            nominal,
            readings = new[] { nominal, nominal + 0.0005m, nominal },
            mpe = nominal <= 2.5m ? 0.005m : 0.010m,
            uncertaintyComponents = new object[]
            {
                new { name = "E2 weights U/k", standardUncertainty = 0.000010 },
                new { name = "change-point resolution 0.1e/(2√3)", standardUncertainty = 0.000144 },
            },
        }),
        remarks = "",
    };

    private static HttpClient Client(Uri api, string token)
    {
        var client = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<string> UserAsync(HttpClient admin, string userName, string role)
    {
        await PostAsync(admin, "/api/users", new { userName, displayName = "负载测试 " + userName, password = Password, roles = new[] { role } });
        return await TokenAsync(admin, userName, Password);
    }

    private static async Task<string> TokenAsync(HttpClient client, string userName, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { userName, password }) };
        var response = await client.SendAsync(request);
        return (await ReadAsync(response, "/api/auth/login")).GetProperty("accessToken").GetString()!;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body, bool allowConflict = false)
    {
        var response = await client.PostAsJsonAsync(path, body);
        return allowConflict && response.StatusCode == System.Net.HttpStatusCode.Conflict ? default : await ReadAsync(response, path);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, string path)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} → {(int)response.StatusCode}: {text}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
