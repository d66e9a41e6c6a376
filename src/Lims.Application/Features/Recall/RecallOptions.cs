namespace Lims.Application.Features.Recall;

/// <summary>Configuration section <c>Recall</c>.</summary>
public sealed class RecallOptions
{
    /// <summary>Remind this many days before the due date (rule 10: 30), and anything overdue.</summary>
    public int ReminderDays { get; set; } = 30;

    /// <summary>Instruments read and reminders written per batch of the scan.</summary>
    public int BatchSize { get; set; } = 2000;
}
