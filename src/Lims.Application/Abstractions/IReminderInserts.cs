using Lims.Application.Features.Recall;

namespace Lims.Application.Abstractions;

/// <summary>
/// The recall scan's writes, set-based: each method is one <c>INSERT … SELECT</c> in the database's
/// own dialect that composes the reminders (recipient, texts, due date, keys) in SQL and skips those
/// that exist already. The unique index on (kind, subject key, due date) settles a race between two
/// scans. Returns how many reminders it wrote.
/// </summary>
public interface IReminderInserts
{
    /// <summary>
    /// The id of the instrument <paramref name="count"/> places after <paramref name="after"/> in id
    /// order (from the first when null), or null when fewer are left: the upper end of the next batch.
    /// </summary>
    Task<Guid?> InstrumentBoundaryAsync(Guid? after, int count, CancellationToken ct);

    /// <summary>Reminders of instruments with an id after <paramref name="after"/> up to <paramref name="upTo"/> (open ends when null); see <see cref="InstrumentDueStep"/>.</summary>
    Task<int> InstrumentDueAsync(RecallScanContext scan, Guid? after, Guid? upTo, CancellationToken ct);

    /// <summary>Reminders of equipment in service due from today to <paramref name="horizon"/>; see <see cref="EquipmentDueStep"/>.</summary>
    Task<int> EquipmentDueAsync(RecallScanContext scan, DateOnly horizon, CancellationToken ct);

    /// <summary>Reminders of equipment in service whose calibration expired before today; see <see cref="EquipmentExpiredStep"/>.</summary>
    Task<int> EquipmentExpiredAsync(RecallScanContext scan, CancellationToken ct);
}
