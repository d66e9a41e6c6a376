using static Lims.Application.Features.Notifications.Texts.ReminderDates;

namespace Lims.Application.Features.Notifications.Texts;

/// <summary>A piece of a standard's equipment as its reminders name it.</summary>
public sealed record EquipmentSubject(string AssetNo, string Name, string Model, string SerialNumber, string StandardCode, string StandardName)
{
    /// <summary>"计量标准 {code}（{name}）的设备 {asset no}（{name}，型号 {model}，出厂编号 {serial}）校准有效期至{date}".</summary>
    public string Zh(DateOnly validUntil) =>
        $"计量标准 {StandardCode}（{StandardName}）的设备 {AssetNo}（{Name}，型号 {Model}，出厂编号 {SerialNumber}）校准有效期至{ReminderDates.Zh(validUntil)}";

    /// <summary>"Equipment {asset no} ({name}, model {model}, serial number {serial}) of standard {code} ({name})".</summary>
    public string En => $"Equipment {AssetNo} ({Name}, model {Model}, serial number {SerialNumber}) of standard {StandardCode} ({StandardName})";
}

/// <summary><see cref="Domain.Notifications.NotificationKind.EquipmentCalibrationDue"/>: to the standard's custodian, before the calibration runs out.</summary>
public sealed record EquipmentCalibrationDueText(EquipmentSubject Equipment) : IReminderTemplate
{
    public ReminderText Render(ReminderFacts reminder) => new(
        $"{Equipment.Zh(reminder.DueOn)}，请安排送校；逾期未校准将自动停用。",
        $"{Equipment.En} is calibrated until {En(reminder.DueOn)}. Please have it calibrated; past that date it is taken out of service automatically.");
}

/// <summary>
/// <see cref="Domain.Notifications.NotificationKind.EquipmentCalibrationExpired"/>: to the quality
/// managers; the scan took the piece out of service the day it wrote the reminder.
/// </summary>
public sealed record EquipmentCalibrationExpiredText(EquipmentSubject Equipment) : IReminderTemplate
{
    public ReminderText Render(ReminderFacts reminder) => new(
        $"{Equipment.Zh(reminder.DueOn)}，已过期，已于{Zh(reminder.WrittenOn)}自动停用。重新校准后方可使用。",
        $"{Equipment.En} was calibrated until {En(reminder.DueOn)} and was taken out of service on {En(reminder.WrittenOn)}. It may be used again once recalibrated.");
}
