using Lims.Application.Common;
using Lims.Domain.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lims.Application.Features.Recall;

/// <summary>
/// The recall scan (rule 10): runs every reminder step for today, China time. Idempotent: a
/// reminder exists at most once per (kind, subject, due date), however often the scan runs.
/// </summary>
public sealed class RecallScanHandler(IEnumerable<IReminderStep> steps, IOptions<RecallOptions> options, ILogger<RecallScanHandler> log)
{
    public async Task<RecallScanResult> ScanAsync(DateTimeOffset now, CancellationToken ct)
    {
        var settings = options.Value;
        var scan = new RecallScanContext(ChinaTime.DateOf(now), now, settings.ReminderDays, Math.Max(1, settings.BatchSize));
        var written = new Dictionary<NotificationKind, int>();
        foreach (var step in steps)
        {
            written[step.Kind] = await step.RunAsync(scan, ct);
            log.LogInformation("Recall scan for {Today}: {Kind} wrote {Count} reminders (window {ReminderDays} days).", scan.Today, step.Kind, written[step.Kind], scan.ReminderDays);
        }

        return new RecallScanResult(scan.Today, written);
    }
}

/// <summary>How many reminders of each kind one scan wrote.</summary>
public sealed record RecallScanResult(DateOnly Today, IReadOnlyDictionary<NotificationKind, int> Written)
{
    public int Total => Written.Values.Sum();
}
