using Lims.Application.Abstractions;
using Lims.Domain.Notifications;
using Microsoft.Extensions.Options;

namespace Lims.Application.Features.Recall;

/// <summary>
/// Equipment in service whose latest calibration is valid until a day from today to today +
/// <see cref="RecallOptions.EquipmentReminderDays"/> (inclusive) gets one reminder to its standard's
/// custodian per due date. Past that day <see cref="EquipmentExpiredStep"/> takes it out of service.
/// One <c>INSERT … SELECT</c> (<see cref="IReminderInserts.EquipmentDueAsync"/>); the texts read
/// "计量标准 {code}（{name}）的设备 {asset no}（{name}，型号 {model}，出厂编号 {serial}）校准有效期至2026年3月12日，请安排送校；逾期未校准将自动停用。" /
/// "Equipment {asset no} ({name}, model {model}, serial number {serial}) of standard {code} ({name}) is calibrated until 2026-03-12. Please have it calibrated; past that date it is taken out of service automatically."
/// </summary>
public sealed class EquipmentDueStep(IReminderInserts inserts, IOptions<RecallOptions> options) : IReminderStep
{
    public NotificationKind Kind => NotificationKind.EquipmentCalibrationDue;

    public Task<int> RunAsync(RecallScanContext scan, CancellationToken ct) =>
        inserts.EquipmentDueAsync(scan, scan.Today.AddDays(options.Value.EquipmentReminderDays), ct);
}
