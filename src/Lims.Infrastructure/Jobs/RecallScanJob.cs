using Hangfire;
using Lims.Application.Features.Recall;
using Microsoft.Extensions.Logging;

namespace Lims.Infrastructure.Jobs;

/// <summary><c>recall-scan</c>: writes the reminders that are due today (rule 10). Safe to run twice, or twice at once.</summary>
[AutomaticRetry(Attempts = 2)]
public sealed class RecallScanJob(RecallScanHandler handler, TimeProvider clock, ILogger<RecallScanJob> log)
{
    public async Task<RecallScanResult> RunAsync(CancellationToken ct)
    {
        var result = await handler.ScanAsync(clock.GetUtcNow(), ct);
        log.LogInformation("recall-scan for {Today} wrote {Total} reminders.", result.Today, result.Total);
        return result;
    }
}
