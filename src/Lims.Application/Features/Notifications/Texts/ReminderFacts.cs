using Lims.Domain.Notifications;

namespace Lims.Application.Features.Notifications.Texts;

/// <summary>
/// What a reminder's row says, which every template reads: the due date, the day it was written
/// (China time; "overdue" and "taken out of service on" are as of that day) and the recipient.
/// </summary>
public sealed record ReminderFacts(NotificationKind Kind, string SubjectKey, DateOnly DueOn, DateOnly WrittenOn, string RecipientName, string ContactName)
{
    public static ReminderFacts Of(Notification n) => new(n.Kind, n.SubjectKey, n.DueOn, Common.ChinaTime.DateOf(n.CreatedAt), n.RecipientName, n.ContactName);
}
