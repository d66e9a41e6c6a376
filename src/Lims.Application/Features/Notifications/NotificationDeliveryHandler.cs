using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.Notifications.Texts;
using Lims.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lims.Application.Features.Notifications;

/// <summary>
/// Delivers pending notifications whose time has come through <see cref="INotifier"/>. A
/// customer's notification without an e-mail address is given up at once (the reception desk phones
/// those: <c>GET /api/notifications?status=Failed</c>). Notifications to people inside the institute
/// (no customer) are addressed to <see cref="DeliveryOptions.QualityManagerEmail"/> when they are
/// first delivered, or given up at once with <see cref="NoQualityManagerAddress"/> when it is not set. Each one is claimed before it is sent, so two
/// workers never send the same one; a failure is retried with a doubling wait, then Failed. The words
/// are rendered as each one is sent (<see cref="ReminderTexts"/>).
/// </summary>
public sealed class NotificationDeliveryHandler(ILimsDb db, ReminderTexts texts, INotifier notifier, LimsMetrics metrics, IOptions<DeliveryOptions> options, ILogger<NotificationDeliveryHandler> log)
{
    public const string NoAddress = "customer has no e-mail address; remind by phone";

    public const string NoQualityManagerAddress = "internal reminder and Notifications:QualityManagerEmail is not configured; see GET /api/notifications?status=Failed";

    public async Task<DeliveryResult> DeliverAsync(DateTimeOffset now, CancellationToken ct)
    {
        var settings = options.Value;
        var noAddress = await AddressInternalAsync(settings.QualityManagerEmail, ct);
        noAddress += await db.Notifications
            .Where(n => n.Status == NotificationStatus.Pending && n.Email == null && n.CustomerId != null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(n => n.Status, NotificationStatus.Failed)
                .SetProperty(n => n.LastError, NoAddress)
                .SetProperty(n => n.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(n => n.Version, n => n.Version + 1), ct);
        metrics.RemindersFailed(noAddress, LimsMetrics.NoAddress);

        if (notifier.NotReadyReason is { } reason)
        {
            var waiting = await db.Notifications.CountAsync(n => n.Status == NotificationStatus.Pending, ct);
            log.LogWarning("{Count} notifications stay pending: {Reason}.", waiting, reason);
            return new DeliveryResult(0, 0, noAddress, waiting);
        }

        int sent = 0, failed = 0;
        var seen = new HashSet<Guid>();
        while (true)
        {
            var due = await db.Notifications.AsNoTracking()
                .Where(n => n.Status == NotificationStatus.Pending && n.NextAttemptAt <= now)
                .OrderBy(n => n.NextAttemptAt)
                .ThenBy(n => n.Id)
                .Select(n => new { n.Id, n.Version })
                .Take(settings.BatchSize)
                .ToListAsync(ct);
            due.RemoveAll(n => seen.Contains(n.Id));
            if (due.Count == 0)
            {
                break;
            }

            foreach (var candidate in due)
            {
                seen.Add(candidate.Id);
                if (await ClaimAsync(candidate.Id, candidate.Version, now.AddMinutes(settings.ClaimMinutes), ct))
                {
                    var delivered = await DeliverOneAsync(candidate.Id, now, settings, ct);
                    sent += delivered ? 1 : 0;
                    failed += delivered ? 0 : 1;
                }
            }
        }

        var pending = await db.Notifications.CountAsync(n => n.Status == NotificationStatus.Pending, ct);
        log.LogInformation("Notification delivery: {Sent} sent, {Failed} failed attempts, {NoAddress} without address, {Pending} pending.", sent, failed, noAddress, pending);
        return new DeliveryResult(sent, failed, noAddress, pending);
    }

    /// <summary>Addresses pending internal notifications to the quality managers, or gives them up; returns how many were given up.</summary>
    private async Task<int> AddressInternalAsync(string? qualityManagerEmail, CancellationToken ct)
    {
        var unaddressed = db.Notifications.Where(n => n.Status == NotificationStatus.Pending && n.Email == null && n.CustomerId == null);
        if (!string.IsNullOrWhiteSpace(qualityManagerEmail))
        {
            var address = qualityManagerEmail.Trim();
            await unaddressed.ExecuteUpdateAsync(s => s
                .SetProperty(n => n.Email, address)
                .SetProperty(n => n.Version, n => n.Version + 1), ct);
            return 0;
        }

        return await unaddressed.ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Status, NotificationStatus.Failed)
            .SetProperty(n => n.LastError, NoQualityManagerAddress)
            .SetProperty(n => n.NextAttemptAt, (DateTimeOffset?)null)
            .SetProperty(n => n.Version, n => n.Version + 1), ct);
    }

    /// <summary>Takes the notification for this worker: succeeds only if nobody changed it since it was read.</summary>
    private async Task<bool> ClaimAsync(Guid id, int version, DateTimeOffset until, CancellationToken ct) =>
        await db.Notifications
            .Where(n => n.Id == id && n.Version == version && n.Status == NotificationStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(n => n.NextAttemptAt, until)
                .SetProperty(n => n.Version, n => n.Version + 1), ct) == 1;

    private async Task<bool> DeliverOneAsync(Guid id, DateTimeOffset now, DeliveryOptions settings, CancellationToken ct)
    {
        var notification = await db.Notifications.FirstAsync(n => n.Id == id, ct);
        try
        {
            var text = (await texts.RenderAsync([ReminderFacts.Of(notification)], ct))[0];
            await notifier.SendAsync(Message(notification, text), ct);
            notification.MarkSent(now);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var backoff = TimeSpan.FromMinutes(settings.FirstRetryMinutes * Math.Pow(2, notification.Attempts));
            notification.RecordFailure(e.Message, now, settings.MaxAttempts, backoff);
            log.LogWarning("Notification {NotificationId} to {Email}: attempt {Attempt} failed: {Error}", id, notification.Email, notification.Attempts, e.Message);
            return false;
        }
        finally
        {
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            // Counted once saved.
            if (notification.Status == NotificationStatus.Sent)
            {
                metrics.ReminderSent(notification.Kind);
            }
            else if (notification.Status == NotificationStatus.Failed)
            {
                metrics.RemindersFailed(1, LimsMetrics.Undeliverable);
            }
        }
    }

    private static OutgoingMessage Message(Notification n, ReminderText text) => new(
        n.Id,
        n.Email!,
        $"{n.RecipientName} {n.ContactName}",
        n.Kind switch
        {
            NotificationKind.InstrumentDue => "计量器具检定到期提醒 / Verification due reminder",
            NotificationKind.EquipmentCalibrationExpired => "标准设备校准过期已停用 / Equipment taken out of service: calibration expired",
            NotificationKind.EquipmentCalibrationDue => "标准设备校准到期提醒 / Equipment calibration due",
            NotificationKind.StandardAssessmentDue => "计量标准考核证书到期提醒 / Standard assessment certificate expiring",
            NotificationKind.AuthorizationExpiring => "检定员资质到期提醒 / Technician authorisation expiring",
            _ => "计量提醒 / Metrology reminder",
        },
        $"{text.Zh}\n\n{text.En}\n");
}

/// <summary>What one delivery run did; <c>Pending</c> is what is left for later runs.</summary>
public sealed record DeliveryResult(int Sent, int FailedAttempts, int WithoutAddress, int Pending);
