using Lims.Application.Features.Recall;

namespace Lims.Application.Abstractions;

/// <summary>
/// The recall scan's writes, set-based: each method is one <c>INSERT … SELECT</c> in the database's
/// own dialect that writes the reminders (kind, subject, due date, recipient) and skips those
/// that exist already. The unique index on (kind, subject key, due date) settles a race between two
/// scans. Returns how many reminders it wrote.
/// </summary>
public interface IReminderInserts
{
    /// <summary>
    /// The next due date of the instrument <paramref name="count"/> places after those due on or before
    /// <paramref name="after"/> (from the earliest when null), in due-date order among the instruments due
    /// by the scan's horizon, or null when fewer are left: the last due date of the next batch.
    /// </summary>
    Task<DateOnly?> InstrumentBatchEndAsync(RecallScanContext scan, DateOnly? after, int count, CancellationToken ct);

    /// <summary>
    /// Reminders of instruments due after <paramref name="after"/> up to <paramref name="upTo"/>
    /// (open ends when null: from the earliest, up to the scan's horizon); see <see cref="InstrumentDueStep"/>.
    /// </summary>
    Task<int> InstrumentDueAsync(RecallScanContext scan, DateOnly? after, DateOnly? upTo, CancellationToken ct);

    /// <summary>Reminders of equipment in service due from today to <paramref name="horizon"/>; see <see cref="EquipmentDueStep"/>.</summary>
    Task<int> EquipmentDueAsync(RecallScanContext scan, DateOnly horizon, CancellationToken ct);

    /// <summary>Reminders of equipment in service whose calibration expired before today; see <see cref="EquipmentExpiredStep"/>.</summary>
    Task<int> EquipmentExpiredAsync(RecallScanContext scan, CancellationToken ct);
}
