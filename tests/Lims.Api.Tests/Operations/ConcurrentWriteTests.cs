using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Operations;

public sealed class ConcurrentWriteTests(string database) : ApiTest(database)
{
    /// <summary>
    /// One hundred writes of three kinds at once. On SQLite they queue on the in-process write gate
    /// instead of failing with "database is locked"; on the servers they run side by side.
    /// </summary>
    [Test]
    public async Task One_hundred_simultaneous_writers_all_succeed_and_are_all_audited()
    {
        var desk = new ReceptionDesk(Admin);
        var type = await desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30m);
        var owner = (await desk.CustomerAsync(Admin)).GetProperty("id").GetGuid();
        var reception = await Host.SignInNewUserAsync("Reception");
        var before = await CountsAsync();

        var prefix = UniqueCode("C")[..8];
        var writes = Enumerable.Range(0, 100).Select(i => (i % 3) switch
        {
            0 => Admin.PostAsJsonAsync("/api/laboratories", new { code = $"{prefix}{i:D2}", name = $"并发 {i}", level = "County", address = "江门" }),
            1 => reception.PostAsJsonAsync("/api/customers", ReceptionDesk.Customer($"并发客户 {i}")),
            _ => reception.PostAsJsonAsync("/api/instruments", ReceptionDesk.Instrument(owner, type, $"{prefix}-{i}")),
        });
        var responses = await Task.WhenAll(writes);
        var failures = new List<string>();
        foreach (var response in responses.Where(r => (int)r.StatusCode != 201))
        {
            failures.Add($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        Assert.That(failures, Is.Empty);
        var after = await CountsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(after.Laboratories - before.Laboratories, Is.EqualTo(34), "laboratories audited");
            Assert.That(after.Customers - before.Customers, Is.EqualTo(33), "customers audited");
            Assert.That(after.Instruments - before.Instruments, Is.EqualTo(33), "instruments audited");
        });
    }

    private async Task<(int Laboratories, int Customers, int Instruments)> CountsAsync() =>
        (await AuditLinesAsync("Laboratory"), await AuditLinesAsync("Customer"), await AuditLinesAsync("Instrument"));

    [Test]
    public async Task Simultaneous_creates_of_one_code_give_one_201_and_409s()
    {
        var code = UniqueCode("D");
        var writes = Enumerable.Range(0, 8).Select(_ =>
            Admin.PostAsJsonAsync("/api/laboratories", new { code, name = "同码", level = "County", address = "江门" }));
        var statuses = (await Task.WhenAll(writes)).Select(r => (int)r.StatusCode).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(statuses.Count(s => s == 201), Is.EqualTo(1));
            Assert.That(statuses.Count(s => s == 409), Is.EqualTo(7));
        });
    }
}
