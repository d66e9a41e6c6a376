using Lims.Application.Abstractions;
using Lims.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Recall;

/// <summary>
/// Writes one batch of reminders, skipping those already written for the same (kind, subject,
/// due date). The unique index on those three columns is the real guard: when a scan racing in
/// another worker inserted some of them first, the batch fails as a whole on the index, and is
/// filtered again and retried.
/// </summary>
public sealed class ReminderWriter(ILimsDb db)
{
    private const int MaxTries = 5;

    public async Task<int> WriteAsync(NotificationKind kind, IReadOnlyList<ReminderDraft> drafts, DateTimeOffset now, CancellationToken ct)
    {
        if (drafts.Count == 0)
        {
            return 0;
        }

        for (var attempt = 1; ; attempt++)
        {
            var keys = drafts.Select(d => d.SubjectKey).Distinct().ToList();
            var existing = (await db.Notifications.AsNoTracking()
                    .Where(n => n.Kind == kind && keys.Contains(n.SubjectKey))
                    .Select(n => new { n.SubjectKey, n.DueOn })
                    .ToListAsync(ct))
                .Select(n => (n.SubjectKey, n.DueOn))
                .ToHashSet();
            var missing = drafts
                .Where(d => existing.Add((d.SubjectKey, d.DueOn)))
                .Select(d => new Notification(kind, d.SubjectKey, d.DueOn, d.Recipient, now, d.LaboratoryCode))
                .ToList();
            if (missing.Count == 0)
            {
                return 0;
            }

            db.Notifications.AddRange(missing);
            try
            {
                await db.SaveChangesAsync(ct);
                return missing.Count;
            }
            catch (DbUpdateException e) when (db.IsUniqueViolation(e) && attempt < MaxTries)
            {
                // Another scan wrote some of these first: look again.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
