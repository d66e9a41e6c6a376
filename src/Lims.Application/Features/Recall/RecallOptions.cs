namespace Lims.Application.Features.Recall;

/// <summary>Configuration section <c>Recall</c>.</summary>
public sealed class RecallOptions
{
    /// <summary>Remind this many days before the due date (rule 10: 30), and anything overdue.</summary>
    public int ReminderDays { get; set; } = 30;

    /// <summary>Equipment taken out of service, and reminders of standards and authorisations written, per batch of the scan.</summary>
    public int BatchSize { get; set; } = 2000;

    /// <summary>Instruments covered by one <c>INSERT … SELECT</c> of the scan: bounds how long each write holds the database.</summary>
    public int InstrumentBatchSize { get; set; } = 100_000;

    /// <summary>Remind the standard's custodian this many days before equipment falls due for calibration.</summary>
    public int EquipmentReminderDays { get; set; } = 30;

    /// <summary>Remind the quality managers this many months before an assessment certificate expires (rule 10: 6).</summary>
    public int AssessmentReminderMonths { get; set; } = 6;

    /// <summary>Remind the quality managers this many days before an authorisation expires (rule 10: 60).</summary>
    public int AuthorizationReminderDays { get; set; } = 60;
}
