using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lims.Api.Tests.Support;
using Lims.Api.Tests.WorkOrders;

namespace Lims.Api.Tests.Security;

/// <summary>Hostile input the property test does not reach: look-alike identifiers, sizes, CSV formulas.</summary>
public sealed class HostileLimitsTests(string database) : ApiTest(database)
{
    [Test]
    public async Task A_full_width_copy_of_a_serial_number_is_a_duplicate_and_a_zero_width_one_is_refused()
    {
        var desk = new ReceptionDesk(Admin);
        var type = await desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30);
        var customer = (await desk.CustomerAsync(null)).GetProperty("id").GetGuid();
        var serial = "SN" + Random.Shared.Next(100_000, 999_999);
        await desk.InstrumentAsync(null, customer, type, serial);

        var fullWidth = string.Concat(serial.Select(c => (char)(c + 0xFEE0)));
        await Expect.ProblemAsync(await Admin.PostAsJsonAsync("/api/instruments", ReceptionDesk.Instrument(customer, type, fullWidth)), 409, "duplicate-instrument");

        foreach (var hidden in new[] { "\u200B", "\u202E", "\u2028", "\u2029", "\uFEFF" })
        {
            var response = await Admin.PostAsJsonAsync("/api/instruments", ReceptionDesk.Instrument(customer, type, serial[..2] + hidden + serial[2..]));
            await Expect.ValidationErrorsAsync(response, "serialNumber");
        }
    }

    [Test]
    public async Task A_full_width_user_name_is_the_same_user()
    {
        var userName = Accounts.NewUserName("fw");
        await Host.CreateAsync(["Reception"], userName: userName);
        var fullWidth = string.Concat(userName.Select(c => (char)(c + 0xFEE0)));
        var again = await Admin.PostAsJsonAsync("/api/users", new { userName = fullWidth, displayName = "全角", password = Accounts.Password, roles = new[] { "Reception" } });
        await Expect.ProblemAsync(again, 409, "duplicate-user");
        await Host.SignInAsync(fullWidth);

        var hidden = await Admin.PostAsJsonAsync("/api/users", new { userName = userName[..3] + "\u200B" + userName[3..], displayName = "零宽", password = Accounts.Password, roles = new[] { "Reception" } });
        await Expect.ValidationErrorsAsync(hidden, "userName");
    }

    [Test]
    public async Task A_body_over_one_megabyte_is_413()
    {
        var body = new StringContent("{\"remarks\":\"" + new string('x', 8 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json");
        var response = await Admin.PostAsync($"/api/work-orders/{Guid.NewGuid()}/results", body);
        await Expect.ProblemAsync(response, 413, "payload-too-large");
    }

    [Test]
    public async Task More_than_100_points_or_30_components_a_point_are_refused_by_rule()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.WorkOrderAsync(typeCode: bench.BalanceTypeCode);
        await bench.AssignAsync(workOrder);

        var tooManyPoints = Results(bench, points: 101, components: 2);
        await Expect.ProblemAsync(await bench.Technician.PostAsync($"/api/work-orders/{workOrder}/results", tooManyPoints), 422, "too-many-points");
        var tooManyComponents = Results(bench, points: 3, components: 31);
        await Expect.ProblemAsync(await bench.Technician.PostAsync($"/api/work-orders/{workOrder}/results", tooManyComponents), 422, "too-many-components");
        await Expect.StatusAsync(await bench.Technician.PostAsync($"/api/work-orders/{workOrder}/results", Results(bench, points: 100, components: 30)), 200);
    }

    [Test]
    public async Task A_work_order_keeps_at_most_20_versions_of_its_results()
    {
        var bench = await WorkBench.ArrangeAsync(Host);
        var workOrder = await bench.WorkOrderAsync();
        await bench.AssignAsync(workOrder);
        for (var i = 0; i < 20; i++)
        {
            await Expect.StatusAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(bench.WeightSet)), 200);
        }

        await Expect.ProblemAsync(await bench.Technician.PostAsJsonAsync($"/api/work-orders/{workOrder}/results", WorkBench.Results(bench.WeightSet)), 422, "too-many-result-versions");
    }

    [Test]
    public async Task A_formula_in_a_csv_cell_comes_out_inert()
    {
        var code = ("F" + Guid.NewGuid().ToString("N")[..8]).ToUpperInvariant();
        const string formula = "=HYPERLINK(\"http://attacker.example/x\",\"点击\")";
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/laboratories", new { code, name = formula, level = "County", accreditationNo = "CNAS L0002", address = "江门市" }), 201);

        var quality = await Host.SignInNewUserInAsync(code, "QualityManager");
        var csv = await (await quality.GetAsync($"/api/reports/kpi?year={WorkBench.Today.Year}&laboratoryCode={code}&format=csv")).Content.ReadAsStringAsync();
        var cells = csv.Split("\r\n").SelectMany(line => line.Split(',')).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(csv, Does.Contain("'=HYPERLINK"));
            Assert.That(cells.Where(c => c.TrimStart('"').Length > 0 && "=+-@\t\r".Contains(c.TrimStart('"')[0]) && !IsNumber(c)), Is.Empty);
        });
    }

    private static bool IsNumber(string cell) => decimal.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>The bench's free points (a procedure without a template): this many, of this many uncertainty components each.</summary>
    private static StringContent Results(WorkBench bench, int points, int components)
    {
        var body = JsonSerializer.SerializeToNode(WorkBench.FreeResults(bench.WeightSet))!.AsObject();
        var point = body["points"]![0]!;
        var component = point["uncertaintyComponents"]![1]!;
        var budget = new JsonArray([point["uncertaintyComponents"]![0]!.DeepClone(), .. Enumerable.Range(1, components - 1).Select(_ => component.DeepClone())]);
        point["uncertaintyComponents"] = budget;
        body["points"] = new JsonArray([.. Enumerable.Range(0, points).Select(_ => point.DeepClone())]);
        return new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
    }
}
