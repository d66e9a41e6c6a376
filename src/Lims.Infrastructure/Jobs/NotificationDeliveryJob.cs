using Hangfire;
using Lims.Application.Features.Notifications;

namespace Lims.Infrastructure.Jobs;

/// <summary>
/// <c>notification-delivery</c>: sends pending notifications. Not retried by Hangfire: a failed
/// notification keeps its own attempt count and is tried again by the next run after its backoff.
/// </summary>
[AutomaticRetry(Attempts = 0)]
public sealed class NotificationDeliveryJob(NotificationDeliveryHandler handler, TimeProvider clock)
{
    public Task<DeliveryResult> RunAsync(CancellationToken ct) => handler.DeliverAsync(clock.GetUtcNow(), ct);
}
