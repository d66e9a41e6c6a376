using System.Net.Http.Json;
using System.Text.Json;
using Lims.Api.Tests.Standards;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.WorkOrders;

/// <summary>
/// A laboratory ready for bench work, set up through HTTP: an E2 weight standard with a calibrated
/// weight set, a compulsory price-scale type under JJG 539-2016, a market with scales handed in,
/// and the people: reception, an authorised technician, a reviewer, an approver, a quality manager.
/// </summary>
internal sealed class WorkBench
{
    public const string Procedure = StandardsData.Scale;

    private readonly ILimsApi _host;

    private WorkBench(ILimsApi host, StandardsData standards, string weightSet)
    {
        _host = host;
        Standards = standards;
        WeightSet = weightSet;
    }

    public StandardsData Standards { get; }

    public string Lab => Standards.Lab;

    public string WeightSet { get; }

    public string TypeCode { get; private set; } = "";

    /// <summary>Electronic balances, verified under a procedure without a template: points entered freely.</summary>
    public string BalanceTypeCode { get; private set; } = "";

    public Guid Customer { get; private set; }

    public HttpClient Reception { get; private set; } = null!;

    public HttpClient Technician { get; private set; } = null!;

    public string TechnicianName { get; private set; } = "";

    public HttpClient Reviewer { get; private set; } = null!;

    public HttpClient Approver { get; private set; } = null!;

    public HttpClient QualityManager { get; private set; } = null!;

    public static DateOnly Today => StandardsData.Today;

    /// <summary>A laboratory of the level (<c>City</c> or <c>County</c>) ready for bench work.</summary>
    public static async Task<WorkBench> ArrangeAsync(ILimsApi host, int intervalMonths = 12, string level = "City")
    {
        var standards = await new StandardsData(host, level).ArrangeAsync();
        var bench = new WorkBench(host, standards, await standards.CalibratedWeightSetAsync());
        var desk = new ReceptionDesk(host.Admin);
        bench.TypeCode = StandardsData.Code("PS");
        await Expect.StatusAsync(await host.Admin.PostAsJsonAsync("/api/instrument-types", new { code = bench.TypeCode, name = "电子计价秤", procedureCode = Procedure, compulsory = true, intervalMonths, fee = 30 }), 201);
        bench.BalanceTypeCode = StandardsData.Code("EB");
        await Expect.StatusAsync(await host.Admin.PostAsJsonAsync("/api/instrument-types", new { code = bench.BalanceTypeCode, name = "电子天平", procedureCode = StandardsData.Balance, compulsory = false, intervalMonths, fee = 40 }), 201);
        bench.Reception = await host.SignInNewUserInAsync(bench.Lab, "Reception");
        (bench.Technician, bench.TechnicianName) = await bench.TechnicianAsync(authorisedUntil: Today.AddYears(1));
        bench.Reviewer = await host.SignInNewUserInAsync(bench.Lab, "Reviewer");
        bench.Approver = await host.SignInNewUserInAsync(bench.Lab, "Approver");
        bench.QualityManager = standards.Quality;
        bench.Customer = (await desk.CustomerAsync(bench.Reception)).GetProperty("id").GetGuid();
        return bench;
    }

    /// <summary>A technician of the laboratory, authorised for JJG 539-2016 until the date (or not at all) by its quality manager, with extra roles.</summary>
    public async Task<(HttpClient Client, string UserName)> TechnicianAsync(DateOnly? authorisedUntil, params string[] extraRoles)
    {
        var (client, userName) = await _host.NewUserInAsync(Lab, ["Technician", .. extraRoles]);
        if (authorisedUntil is { } until)
        {
            await AuthoriseAsync(userName, until);
        }

        return (client, userName);
    }

    /// <summary>The laboratory's quality manager authorises the technician for JJG 539-2016 (and the balance procedure) until the date.</summary>
    public async Task AuthoriseAsync(string userName, DateOnly until)
    {
        foreach (var procedure in new[] { Procedure, StandardsData.Balance })
        {
            var granted = await Standards.Quality.PostAsJsonAsync($"/api/users/{userName}/authorizations", new { procedureCode = procedure, certificateNo = StandardsData.Code("JDY"), validUntil = StandardsData.Iso(until) });
            await Expect.StatusAsync(granted, 201);
        }
    }

    /// <summary>Hands in one new scale (or an instrument of <paramref name="typeCode"/>) for the service and returns its work order id.</summary>
    public async Task<Guid> WorkOrderAsync(string service = "Verification", string? typeCode = null)
    {
        var instrument = await new ReceptionDesk(_host.Admin).InstrumentAsync(Reception, Customer, typeCode ?? TypeCode);
        var created = await Expect.JsonAsync(await Reception.PostAsJsonAsync("/api/submissions", ReceptionDesk.Submission(Customer, Lab, [instrument], service)), 201);
        return created.GetProperty("items")[0].GetProperty("workOrderId").GetGuid();
    }

    public async Task<JsonElement> AssignAsync(Guid workOrder, string? technician = null) =>
        await Expect.JsonAsync(await Reception.PostAsJsonAsync($"/api/work-orders/{workOrder}/assign", new { technician = technician ?? TechnicianName }), 200);

    /// <summary>
    /// A class III scale (Max 15 kg, e = 5 g) verified by the shipped JJG 539-2016 template: every
    /// test item filled. Each point's readings are nominal + offset twice and nominal + offset +
    /// spread (kg); eccentricity takes one reading a position.
    /// </summary>
    public static object Results(string assetNo, decimal offset = 0m, decimal spread = 0.0005m, DateOnly? performedOn = null) => new
    {
        performedOn = StandardsData.Iso(performedOn ?? Today),
        temperatureC = 20.5m,
        humidityPct = 45m,
        location = "质量实验室 201",
        equipmentAssetNos = new[] { assetNo },
        parameters = ScaleParameters,
        items = new object[]
        {
            new { code = "appearance", passed = true },
            new { code = "zero", passed = true },
            new { code = "weighing", points = WeighingLoads.Select(n => new[] { n + offset, n + offset, n + offset + spread }) },
            new { code = "repeatability", points = new[] { 7.5m, 15m }.Select(n => new[] { n + offset, n + offset, n + offset + spread }) },
            new { code = "eccentricity", points = Enumerable.Repeat(new[] { 5m + offset }, 5) },
        },
        remarks = "",
    };

    /// <summary>
    /// A balance (no template) verified at three loads with points entered freely; <paramref name="offset"/>
    /// shifts every reading (kg).
    /// </summary>
    public static object FreeResults(string assetNo, decimal offset = 0m, double weightU = 0.000010) => new
    {
        performedOn = StandardsData.Iso(Today),
        temperatureC = 20.5m,
        humidityPct = 45m,
        location = "质量实验室 201",
        equipmentAssetNos = new[] { assetNo },
        points = new[] { 0.500m, 2.000m, 15.000m }.Select(nominal => new
        {
            quantity = "质量 Mass",
            unit = "kg",
            nominal,
            readings = new[] { nominal + offset, nominal + offset, nominal + offset + 0.0005m },
            mpe = nominal <= 2.5m ? 0.005m : 0.010m,
            uncertaintyComponents = new object[]
            {
                new { name = "E2 weights U/k", standardUncertainty = weightU },
                new { name = "change-point resolution 0.1e/(2√3)", standardUncertainty = 0.000144 },
            },
        }),
        remarks = "",
    };

    /// <summary>The weighing loads the template gives a class III 15 kg / 5 g scale: Min 20e, 500e, ½Max, 2000e, Max.</summary>
    public static readonly decimal[] WeighingLoads = [0.1m, 2.5m, 7.5m, 10m, 15m];

    public static readonly object ScaleParameters = new { values = new Dictionary<string, string> { ["max"] = "15", ["e"] = "0.005", ["class"] = "III" } };

    /// <summary>The quality manager asks for the certificate's revocation and the approver approves it (rule 13); returns the decided request.</summary>
    public Task<JsonElement> RevokeAsync(string certificateNo, string reason) =>
        ChangeAsync($"/api/certificates/{certificateNo}/revoke", new { reason });

    /// <summary>The quality manager asks for an amendment and the approver approves it; returns the decided request (its <c>issuedCertificateNo</c>).</summary>
    public Task<JsonElement> AmendAsync(string certificateNo, string reason, object corrections) =>
        ChangeAsync($"/api/certificates/{certificateNo}/amend", new { reason, corrections });

    private async Task<JsonElement> ChangeAsync(string route, object body)
    {
        var asked = await Expect.JsonAsync(await QualityManager.PostAsJsonAsync(route, body), 201);
        return await Expect.JsonAsync(await Approver.PostAsJsonAsync($"/api/certificate-changes/{asked.GetProperty("id").GetGuid()}/approve", new { }), 200);
    }

    /// <summary>Assigned, results recorded, reviewed: ready for the approver.</summary>
    public async Task<Guid> ReviewedWorkOrderAsync(decimal offset = 0m, string service = "Verification")
    {
        var workOrder = await WorkOrderAsync(service);
        await AssignAsync(workOrder);
        await Expect.StatusAsync(await Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", Results(WeightSet, offset)), 200);
        await Expect.StatusAsync(await Reviewer.PostAsJsonAsync($"/api/work-orders/{workOrder}/review", new { accept = true, comment = "核验无误" }), 200);
        return workOrder;
    }
}
