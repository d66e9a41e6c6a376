using Lims.Domain.Notifications;

namespace Lims.Application.Features.Recall;

/// <summary>
/// One step of the recall scan: finds what is due of one kind and writes its reminders, set-based
/// through <see cref="Abstractions.IReminderInserts"/> (instruments, equipment) or through
/// <see cref="ReminderWriter"/> (standards and authorisations: tens of rows).
/// </summary>
public interface IReminderStep
{
    NotificationKind Kind { get; }

    /// <summary>Writes the reminders that are missing; returns how many it wrote.</summary>
    Task<int> RunAsync(RecallScanContext scan, CancellationToken ct);
}

/// <summary>The day the scan runs for (China time), its instant, and the configured window.</summary>
public sealed record RecallScanContext(DateOnly Today, DateTimeOffset Now, int ReminderDays, int BatchSize)
{
    /// <summary>The last due date that is reminded today: today + the window, inclusive.</summary>
    public DateOnly Horizon => Today.AddDays(ReminderDays);
}
