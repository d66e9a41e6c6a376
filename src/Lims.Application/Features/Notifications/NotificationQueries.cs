using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.Notifications.Texts;
using Lims.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Notifications;

/// <summary>Reminders as the caller's laboratory sees them (rule 12): its own and the customers' (the shared register's); the City quality managers see all.</summary>
public sealed class NotificationQueries(ILimsDb db, ICurrentUser user, ReminderTexts texts)
{
    /// <summary>Newest first, each with its words rendered.</summary>
    public async Task<PagedList<NotificationResponse>> ListAsync(NotificationQuery query, PageRequest page, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(query, page, ct);
        NotificationStatus? status = query.Status is null ? null : Enum.Parse<NotificationStatus>(query.Status, ignoreCase: true);
        NotificationKind? kind = query.Kind is null ? null : Enum.Parse<NotificationKind>(query.Kind, ignoreCase: true);
        var rows = await db.Notifications.AsNoTracking().SharedOrVisibleTo(user)
            .Where(n => status == null || n.Status == status)
            .Where(n => kind == null || n.Kind == kind)
            .Where(n => query.CustomerId == null || n.CustomerId == query.CustomerId)
            .OrderByDescending(n => n.CreatedAt)
            .ThenByDescending(n => n.Id)
            .ToPagedListAsync(page, ct);
        var words = await texts.RenderAsync([.. rows.Items.Select(ReminderFacts.Of)], ct);
        var items = rows.Items.Select((n, i) => new NotificationResponse(
            n.Id, n.Kind, n.SubjectKey, n.DueOn,
            new NotificationRecipientResponse(n.CustomerId, n.RecipientName, n.ContactName, n.Phone, n.Email),
            words[i].Zh, words[i].En, n.Status, n.Attempts, n.LastError, n.CreatedAt, n.NextAttemptAt, n.SentAt));
        return new PagedList<NotificationResponse>([.. items], rows.Page, rows.PageSize, rows.Total);
    }
}
