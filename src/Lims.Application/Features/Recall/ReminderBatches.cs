using Lims.Domain.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Application.Features.Recall;

/// <summary>Writes a step's drafts through <see cref="ReminderWriter"/> in batches, each in a scope of its own.</summary>
public static class ReminderBatches
{
    public static async Task<int> WriteAsync(IServiceScopeFactory scopes, NotificationKind kind, IReadOnlyList<ReminderDraft> drafts, RecallScanContext scan, CancellationToken ct)
    {
        var written = 0;
        foreach (var chunk in drafts.Chunk(scan.BatchSize))
        {
            await using var scope = scopes.CreateAsyncScope();
            written += await scope.ServiceProvider.GetRequiredService<ReminderWriter>().WriteAsync(kind, chunk, scan.Now, ct);
        }

        return written;
    }
}
