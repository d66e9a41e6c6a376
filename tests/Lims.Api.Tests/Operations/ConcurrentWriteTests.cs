using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Operations;

public sealed class ConcurrentWriteTests(string database) : ApiTest(database)
{
    [Test]
    public async Task Fifty_simultaneous_writers_all_succeed_and_are_all_audited()
    {
        var prefix = UniqueCode("C")[..8];
        var writes = Enumerable.Range(0, 50).Select(i =>
            Admin.PostAsJsonAsync("/api/laboratories", new { code = $"{prefix}{i:D2}", name = $"并发 {i}", level = "County", address = "江门" }));
        var responses = await Task.WhenAll(writes);
        Assert.That(responses.Select(r => (int)r.StatusCode), Is.All.EqualTo(201));

        var page = await Expect.JsonAsync(await Admin.GetAsync($"/api/laboratories?query={prefix}&pageSize=200"), 200);
        Assert.That(page.GetProperty("total").GetInt32(), Is.EqualTo(50));
        var audited = 0;
        for (var i = 0; i < 50; i++)
        {
            var trail = await Expect.JsonAsync(await Admin.GetAsync($"/api/audit?entity=Laboratory&key={prefix}{i:D2}"), 200);
            audited += trail.GetProperty("total").GetInt32();
        }

        Assert.That(audited, Is.EqualTo(50));
    }

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
