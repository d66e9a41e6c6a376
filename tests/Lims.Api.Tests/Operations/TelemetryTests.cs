using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using Lims.Api.Tests.Support;
using Lims.Api.Tests.WorkOrders;
using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.Notifications;
using Lims.Domain.Notifications;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Lims.Api.Tests.Operations;

/// <summary>
/// The laboratory's counters (meter <c>Lims</c>) count what was done, read with a
/// <see cref="MeterListener"/>; OpenTelemetry is on only with an OTLP endpoint, and then traces the
/// requests and exports the counters with ASP.NET Core's and the runtime's metrics. Runs on SQLite:
/// an API of its own for each test, so no other test's work is counted.
/// </summary>
public sealed class TelemetryTests
{
    [Test]
    public async Task The_counters_count_submissions_taken_certificates_issued_by_kind_and_reminders_sent_and_given_up()
    {
        var notifier = new RecordingNotifier();
        await using var host = await ApiHost.StartAsync(TestDatabases.Sqlite, configure: web => web.ConfigureTestServices(s => s.AddSingleton<INotifier>(notifier)));
        using var counts = new LimsCounters(host.Factory.Services.GetRequiredService<IMeterFactory>());
        var bench = await WorkBench.ArrangeAsync(host);

        var passing = await bench.ReviewedWorkOrderAsync();
        var failing = await bench.ReviewedWorkOrderAsync(offset: 0.02m);
        await Expect.StatusAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{passing}/approve", new { }), 200);
        await Expect.StatusAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{failing}/approve", new { }), 200);
        var instrument = await new ReceptionDesk(host.Admin).InstrumentAsync(bench.Reception, bench.Customer, bench.TypeCode);
        var submission = ReceptionDesk.Submission(bench.Customer, bench.Lab, [instrument]);
        foreach (var _ in new[] { 1, 2 })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions") { Content = JsonContent.Create(submission) };
            request.Headers.Add("Idempotency-Key", "telemetry-retry");
            await Expect.StatusAsync(await bench.Reception.SendAsync(request), 201);
        }

        await DeliverAsync(host, Reminder("customer@example.cn"), Reminder(null));

        Assert.Multiple(() =>
        {
            Assert.That(counts.Of("lims.submissions.taken"), Is.EqualTo(3), "two for the work orders, one for the submission sent twice");
            Assert.That(counts.Of("lims.certificates.issued", "kind", "VerificationCertificate"), Is.EqualTo(1));
            Assert.That(counts.Of("lims.certificates.issued", "kind", "VerificationResultNotice"), Is.EqualTo(1));
            Assert.That(counts.Of("lims.reminders.sent", "kind", "InstrumentDue"), Is.EqualTo(1));
            Assert.That(counts.Of("lims.reminders.failed", "reason", LimsMetrics.NoAddress), Is.EqualTo(1));
            Assert.That(notifier.Sent, Has.Count.EqualTo(1));
        });

        Notification Reminder(string? email) =>
            new(NotificationKind.InstrumentDue, Guid.NewGuid().ToString(), WorkBench.Today.AddDays(10), new NotificationRecipient(bench.Customer, "江门市某超市", "陈经理", "0750-3123456", email), DateTimeOffset.UtcNow);
    }

    [Test]
    public async Task Without_an_otlp_endpoint_nothing_is_collected()
    {
        await using var host = await ApiHost.StartAsync(TestDatabases.Sqlite);

        Assert.Multiple(() =>
        {
            Assert.That(host.Factory.Services.GetService<TracerProvider>(), Is.Null);
            Assert.That(host.Factory.Services.GetService<MeterProvider>(), Is.Null);
        });
    }

    [Test]
    public async Task With_an_otlp_endpoint_requests_are_traced_and_the_metrics_exported()
    {
        var activities = new List<Activity>();
        var metrics = new List<Metric>();
        await using var host = await ApiHost.StartAsync(TestDatabases.Sqlite,
            new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4317" },
            web => web.ConfigureTestServices(s => s
                .ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(activities))
                .ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics))));
        var bench = await WorkBench.ArrangeAsync(host);
        await bench.WorkOrderAsync();

        host.Factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
        host.Factory.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var names = metrics.Select(m => m.Name).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(activities.Select(a => a.DisplayName), Has.Some.StartsWith("POST /api/submissions"));
            Assert.That(names, Does.Contain("http.server.request.duration"));
            Assert.That(names, Does.Contain("dotnet.gc.collections"));
            Assert.That(names, Does.Contain("lims.submissions.taken"));
        });
    }

    private static async Task DeliverAsync(ApiHost host, params Notification[] reminders)
    {
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ILimsDb>();
            db.Notifications.AddRange(reminders);
            await db.SaveChangesAsync(CancellationToken.None);
        }

        await using var delivery = host.Factory.Services.CreateAsyncScope();
        await delivery.ServiceProvider.GetRequiredService<NotificationDeliveryHandler>().DeliverAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);
    }

    /// <summary>Delivers every message (to a list).</summary>
    private sealed class RecordingNotifier : INotifier
    {
        public List<OutgoingMessage> Sent { get; } = [];

        public string? NotReadyReason => null;

        public Task SendAsync(OutgoingMessage message, CancellationToken ct)
        {
            lock (Sent)
            {
                Sent.Add(message);
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>The sums of the <c>Lims</c> counters of one host's meters, by name and one tag.</summary>
    private sealed class LimsCounters : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<(string Name, long Value, KeyValuePair<string, object?>[] Tags)> _measured = [];

        public LimsCounters(IMeterFactory host)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == LimsMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, host))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            {
                lock (_measured)
                {
                    _measured.Add((instrument.Name, value, tags.ToArray()));
                }
            });
            _listener.Start();
        }

        public long Of(string name, string? tag = null, string? value = null)
        {
            lock (_measured)
            {
                return _measured
                    .Where(m => m.Name == name && (tag is null || m.Tags.Any(t => t.Key == tag && Equals(t.Value, value))))
                    .Sum(m => m.Value);
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
