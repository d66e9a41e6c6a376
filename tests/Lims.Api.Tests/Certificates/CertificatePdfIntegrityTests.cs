using System.Net.Http.Json;
using Lims.Api.Tests.Support;
using Lims.Api.Tests.WorkOrders;
using Lims.Domain.Certificates;
using Lims.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lims.Api.Tests.Certificates;

/// <summary>A certificate's PDF is served only while its bytes match the SHA-256 recorded at issue.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.All))]
public sealed class CertificatePdfIntegrityTests(string database)
{
    private readonly CapturedLogs _logs = new();

    private ApiHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        TestDatabases.IgnoreUnlessConfigured(database);
        _host = await ApiHost.StartAsync(database, configure: _logs.Attach);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Test]
    public async Task A_changed_byte_is_not_served_and_is_logged_as_an_error()
    {
        var bench = await WorkBench.ArrangeAsync(_host);
        var workOrder = await bench.ReviewedWorkOrderAsync();
        var certificate = await Expect.JsonAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{workOrder}/approve", new { }), 200);
        var number = certificate.GetProperty("certificateNo").GetString()!;
        await Expect.StatusAsync(await bench.Reception.GetAsync($"/api/certificates/{number}/pdf"), 200);

        await using (var scope = _host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
            var pdf = await db.Set<CertificatePdf>().SingleAsync(p => p.CertificateNo == number);
            var altered = pdf.Content.ToArray();
            altered[altered.Length / 2] ^= 0x01;
            db.Entry(pdf).Property(nameof(CertificatePdf.Content)).CurrentValue = altered;
            await db.SaveChangesAsync();
        }

        var refused = await bench.Reception.GetAsync($"/api/certificates/{number}/pdf");
        await Expect.ProblemAsync(refused, 500, "certificate-pdf-altered");
        Assert.That(_logs.Lines.Where(l => l.Level == LogLevel.Error).Select(l => l.Message), Has.Some.Contains(number).And.Some.Contains("SHA-256"));
    }

    [Test]
    public async Task A_full_width_certificate_number_finds_the_certificate()
    {
        var bench = await WorkBench.ArrangeAsync(_host);
        var workOrder = await bench.ReviewedWorkOrderAsync();
        var certificate = await Expect.JsonAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{workOrder}/approve", new { }), 200);
        var number = certificate.GetProperty("certificateNo").GetString()!;
        var fullWidth = string.Concat(number.Select(c => c is > ' ' and <= '~' ? (char)(c + 0xFEE0) : c));

        var found = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/certificates/{Uri.EscapeDataString(fullWidth)}"), 200);
        Assert.That(found.GetProperty("certificateNo").GetString(), Is.EqualTo(number));
        await Expect.StatusAsync(await bench.Reception.GetAsync($"/api/certificates/{Uri.EscapeDataString(fullWidth)}/pdf"), 200);
    }
}
