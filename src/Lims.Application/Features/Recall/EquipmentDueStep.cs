using Lims.Application.Abstractions;
using Lims.Domain.Notifications;
using Microsoft.Extensions.Options;

namespace Lims.Application.Features.Recall;

/// <summary>
/// Equipment in service whose latest calibration is valid until a day from today to today +
/// <see cref="RecallOptions.EquipmentReminderDays"/> (inclusive) gets one reminder to its standard's
/// custodian per due date. Past that day <see cref="EquipmentExpiredStep"/> takes it out of service.
/// One <c>INSERT … SELECT</c> (<see cref="IReminderInserts.EquipmentDueAsync"/>); the words are
/// <c>EquipmentCalibrationDueText</c>'s.
/// </summary>
public sealed class EquipmentDueStep(IReminderInserts inserts, IOptions<RecallOptions> options) : IReminderStep
{
    public NotificationKind Kind => NotificationKind.EquipmentCalibrationDue;

    public Task<int> RunAsync(RecallScanContext scan, CancellationToken ct) =>
        inserts.EquipmentDueAsync(scan, scan.Today.AddDays(options.Value.EquipmentReminderDays), ct);
}
