namespace Lims.Domain.Notifications;

/// <summary>What a reminder is about. Each kind is one step of the recall scan.</summary>
public enum NotificationKind
{
    /// <summary>A customer's instrument is due (or overdue) for verification (rule 10).</summary>
    InstrumentDue,
}
