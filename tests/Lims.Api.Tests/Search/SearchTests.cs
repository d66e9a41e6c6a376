using System.Net.Http.Json;
using System.Text.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Search;

/// <summary>The reception desk's one box (<c>GET /api/search?q=</c>) and the look-ups it leads to.</summary>
public sealed class SearchTests(string database) : ApiTest(database)
{
    private HttpClient _clerk = null!;

    private async Task<HttpClient> ClerkOfAsync(string lab)
    {
        var userName = "clerk" + UniqueCode("");
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/users", new { userName, displayName = "前台", password = "Clerk-Pass-2026", roles = new[] { "Reception" }, laboratoryCode = lab }), 201);
        return Host.WithToken(await ApiHost.TokenAsync(Host.Anonymous(), userName, "Clerk-Pass-2026"));
    }

    private async Task<(Guid Customer, string CreditCode, string Name, Guid Instrument, string Serial, JsonElement Submission)> ArrangeAsync()
    {
        var desk = new ReceptionDesk(Admin);
        var lab = await desk.LaboratoryAsync();
        _clerk = await ClerkOfAsync(lab);
        var type = await desk.InstrumentTypeAsync("电子台秤", compulsory: true, fee: 40m);
        var name = "江门市新会区查询测试商店" + UniqueCode("");
        var customer = await desk.CustomerAsync(null, name);
        var customerId = customer.GetProperty("id").GetGuid();
        var serial = UniqueCode("S");
        var instrument = await desk.InstrumentAsync(null, customerId, type, serial);
        var submission = await Expect.JsonAsync(await _clerk.PostAsJsonAsync("/api/submissions", ReceptionDesk.Submission(customerId, lab, [instrument])), 201);
        return (customerId, customer.GetProperty("creditCode").GetString()!, name, instrument, serial, submission);
    }

    private async Task<JsonElement[]> SearchAsync(string q) =>
        [.. (await Expect.JsonAsync(await _clerk.GetAsync($"/api/search?q={Uri.EscapeDataString(q)}"), 200)).EnumerateArray()];

    [Test]
    public async Task Each_kind_of_number_finds_its_record_typed_and_with_its_customer()
    {
        var arranged = await ArrangeAsync();
        var receiptNo = arranged.Submission.GetProperty("receiptNo").GetString()!;
        var workOrderNo = arranged.Submission.GetProperty("items")[0].GetProperty("workOrderNumber").GetString()!;

        var byName = await SearchAsync(arranged.Name[^8..]);
        var byCode = await SearchAsync(arranged.CreditCode.ToLowerInvariant());
        var bySerial = await SearchAsync(arranged.Serial);
        var byReceipt = await SearchAsync(receiptNo.ToLowerInvariant());
        var byWorkOrder = await SearchAsync(" " + workOrderNo + " ");
        var byFullWidthSerial = await SearchAsync(FullWidth(arranged.Serial));

        Assert.Multiple(() =>
        {
            Assert.That(byName.Select(h => (h.GetProperty("kind").GetString(), h.GetProperty("customerId").GetGuid())), Does.Contain(("Customer", arranged.Customer)));
            Assert.That(byCode.Single().GetProperty("key").GetString(), Is.EqualTo(arranged.Customer.ToString()));
            Assert.That(bySerial.Single().GetProperty("kind").GetString(), Is.EqualTo("Instrument"));
            Assert.That(bySerial.Single().GetProperty("key").GetString(), Is.EqualTo(arranged.Instrument.ToString()));
            Assert.That(bySerial.Single().GetProperty("customerName").GetString(), Is.EqualTo(arranged.Name));
            Assert.That(byReceipt.Single().GetProperty("kind").GetString(), Is.EqualTo("Submission"));
            Assert.That(byWorkOrder.Single().GetProperty("kind").GetString(), Is.EqualTo("WorkOrder"));
            Assert.That(byWorkOrder.Single().GetProperty("title").GetString(), Is.EqualTo(workOrderNo));
            Assert.That(byFullWidthSerial.Single().GetProperty("key").GetString(), Is.EqualTo(arranged.Instrument.ToString()), "typed in full width");
        });
    }

    [Test]
    public async Task Another_laboratorys_submission_is_not_found_but_the_shared_customer_is()
    {
        var arranged = await ArrangeAsync();
        var other = await ClerkOfAsync(await new ReceptionDesk(Admin).LaboratoryAsync());

        var receipt = await Expect.JsonAsync(await other.GetAsync($"/api/search?q={arranged.Submission.GetProperty("receiptNo").GetString()}"), 200);
        var customer = await Expect.JsonAsync(await other.GetAsync($"/api/search?q={arranged.CreditCode}"), 200);

        Assert.Multiple(() =>
        {
            Assert.That(receipt.GetArrayLength(), Is.Zero);
            Assert.That(customer.GetArrayLength(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_certificate_QR_address_finds_the_certificate_number()
    {
        await ArrangeAsync();
        var hits = await SearchAsync("https://lims.example.cn/c/NO-SUCH-CERT?code=AAAA-BBBB");

        Assert.That(hits, Is.Empty);
    }

    [TestCase("")]
    [TestCase("   ")]
    public async Task An_empty_search_is_400(string q) =>
        await Expect.ValidationErrorsAsync(await Admin.GetAsync($"/api/search?q={Uri.EscapeDataString(q)}"), "q");

    [Test]
    public async Task Instruments_are_listed_by_serial_number_and_a_work_order_is_read_by_its_number()
    {
        var arranged = await ArrangeAsync();
        var workOrderNo = arranged.Submission.GetProperty("items")[0].GetProperty("workOrderNumber").GetString()!;

        var instruments = await Expect.JsonAsync(await _clerk.GetAsync($"/api/instruments?serialNumber={arranged.Serial}"), 200);
        var workOrder = await Expect.JsonAsync(await _clerk.GetAsync($"/api/work-orders/{workOrderNo.ToLowerInvariant()}"), 200);
        var listed = await Expect.JsonAsync(await _clerk.GetAsync($"/api/work-orders?number={workOrderNo}"), 200);

        Assert.Multiple(() =>
        {
            Assert.That(instruments.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()), Is.EqualTo(new[] { arranged.Instrument }));
            Assert.That(workOrder.GetProperty("number").GetString(), Is.EqualTo(workOrderNo));
            Assert.That(listed.GetProperty("total").GetInt32(), Is.EqualTo(1));
        });
        await Expect.ProblemAsync(await _clerk.GetAsync("/api/work-orders/NO-SUCH-NUMBER"), 404, "not-found");
    }

    /// <summary>ＳＮ１２３ for SN123: what a Chinese input method in full-width mode types.</summary>
    private static string FullWidth(string ascii) => string.Concat(ascii.Select(c => c is > ' ' and <= '~' ? (char)(c + 0xFEE0) : c));
}
