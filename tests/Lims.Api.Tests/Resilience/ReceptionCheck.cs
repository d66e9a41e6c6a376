using System.Globalization;
using System.Text.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Resilience;

/// <summary>
/// Reads back, through an API on the same database, what a <see cref="ReceptionStream"/> wrote:
/// every acknowledged write is there with its content; every submission in the database is whole
/// (all the instruments of one request sent, each with its work order); the receipt numbers of the
/// laboratory run 1…N without a gap or a repeat; every submission and work order has its audit line.
/// Other laboratories' submissions in the database are left alone.
/// </summary>
internal static class ReceptionCheck
{
    public static async Task<int> VerifyAsync(HttpClient reader, ReceptionStream stream, string laboratoryCode)
    {
        foreach (var (id, (name, creditCode)) in stream.Customers)
        {
            var customer = await Expect.JsonAsync(await reader.GetAsync($"/api/customers/{id}"), 200);
            Assert.That((customer.GetProperty("name").GetString(), customer.GetProperty("creditCode").GetString()), Is.EqualTo((name, creditCode)), $"customer {id}");
        }

        foreach (var (id, (customerId, serialNumber)) in stream.Instruments)
        {
            var instrument = await Expect.JsonAsync(await reader.GetAsync($"/api/instruments/{id}"), 200);
            Assert.That((instrument.GetProperty("customerId").GetGuid(), instrument.GetProperty("serialNumber").GetString()), Is.EqualTo((customerId, serialNumber)), $"instrument {id}");
        }

        var stored = new Dictionary<Guid, JsonElement>();
        foreach (var summary in (await AllAsync(reader, "/api/submissions?")).Where(s => s.GetProperty("laboratoryCode").GetString() == laboratoryCode))
        {
            var id = summary.GetProperty("id").GetGuid();
            stored[id] = await Expect.JsonAsync(await reader.GetAsync($"/api/submissions/{id}"), 200);
        }

        foreach (var (id, acknowledged) in stream.Submissions)
        {
            Assert.That(stored.ContainsKey(id), $"acknowledged submission {acknowledged.ReceiptNo} ({id}) is missing");
            var submission = stored[id];
            var items = submission.GetProperty("items").EnumerateArray()
                .Select(i => new AcknowledgedItem(i.GetProperty("instrumentId").GetGuid(), i.GetProperty("workOrderId").GetGuid(), i.GetProperty("workOrderNumber").GetString()!));
            Assert.Multiple(() =>
            {
                Assert.That(submission.GetProperty("receiptNo").GetString(), Is.EqualTo(acknowledged.ReceiptNo));
                Assert.That(items, Is.EqualTo(acknowledged.Items), $"items of {acknowledged.ReceiptNo}");
            });
        }

        var sent = stream.SubmissionsSent.Values.Select(s => s.Instruments).ToList();
        var workOrders = new HashSet<string>();
        foreach (var submission in stored.Values)
        {
            var receiptNo = submission.GetProperty("receiptNo").GetString()!;
            var items = submission.GetProperty("items").EnumerateArray().ToList();
            var instruments = items.Select(i => i.GetProperty("instrumentId").GetGuid()).ToList();
            Assert.That(sent.Any(s => s.SequenceEqual(instruments)), $"{receiptNo} holds {instruments.Count} items that are not exactly one request sent: a partial submission");
            Assert.That(items.Select(i => i.GetProperty("workOrderNumber").GetString()), Is.EqualTo(items.Select((_, n) => $"{receiptNo}-{n + 1:D2}")), $"work orders of {receiptNo}");
            workOrders.UnionWith(items.Select(i => i.GetProperty("workOrderId").GetGuid().ToString()));
        }

        AssertConsecutive(stored.Values.Select(s => s.GetProperty("receiptNo").GetString()!), $"{laboratoryCode}-SJ-");

        var audited = await InsertsAsync(reader, "Submission");
        Assert.That(stored.Keys.Select(k => k.ToString()), Is.SubsetOf(audited), "every submission has its audit line");
        Assert.That(workOrders, Is.SubsetOf(await InsertsAsync(reader, "WorkOrder")), "every work order has its audit line");
        Assert.That(stream.Customers.Keys.Select(k => k.ToString()), Is.SubsetOf(await InsertsAsync(reader, "Customer")), "every customer has its audit line");
        return stored.Count;
    }

    /// <summary>The numbers all start with the prefix and their serials run 1…N: no gap, no repeat.</summary>
    public static void AssertConsecutive(IEnumerable<string> numbers, string prefix)
    {
        var all = numbers.ToList();
        Assert.That(all, Has.All.StartWith(prefix));
        var serials = all.Select(n => int.Parse(n[(n.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture)).Order();
        Assert.That(serials, Is.EqualTo(Enumerable.Range(1, all.Count)), $"{prefix}… numbers run 1…{all.Count} without a gap or a repeat");
    }

    /// <summary>The keys of the audit trail's insert lines for this entity.</summary>
    private static async Task<HashSet<string>> InsertsAsync(HttpClient reader, string entity) =>
        (await AllAsync(reader, $"/api/audit?entity={entity}&"))
            .Where(line => line.GetProperty("action").GetString() == "Insert")
            .Select(line => line.GetProperty("key").GetString()!)
            .ToHashSet();

    /// <summary>Every item of a paged list (nothing is written meanwhile).</summary>
    public static async Task<List<JsonElement>> AllAsync(HttpClient reader, string routeAndQuery)
    {
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var list = await Expect.JsonAsync(await reader.GetAsync($"{routeAndQuery}page={page}&pageSize=200"), 200);
            all.AddRange(list.GetProperty("items").EnumerateArray());
            if (all.Count >= list.GetProperty("total").GetInt32())
            {
                return all;
            }
        }
    }
}
