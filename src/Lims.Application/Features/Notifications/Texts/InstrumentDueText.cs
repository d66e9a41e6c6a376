using static Lims.Application.Features.Notifications.Texts.ReminderDates;

namespace Lims.Application.Features.Notifications.Texts;

/// <summary>
/// <see cref="Domain.Notifications.NotificationKind.InstrumentDue"/>: to the customer's contact
/// (the recipient), about one instrument, due or already overdue on the day the reminder was written.
/// </summary>
public sealed record InstrumentDueText(string TypeName, string Model, string SerialNumber) : IReminderTemplate
{
    public ReminderText Render(ReminderFacts reminder)
    {
        var instrumentZh = $"{reminder.ContactName}您好：贵单位（{reminder.RecipientName}）的{TypeName}（型号 {Model}，出厂编号 {SerialNumber}）";
        var instrumentEn = $"Dear {reminder.ContactName}, the {TypeName} (model {Model}, serial number {SerialNumber}) of {reminder.RecipientName}";
        return reminder.DueOn < reminder.WrittenOn
            ? new($"{instrumentZh}应于{Zh(reminder.DueOn)}检定，现已逾期，请尽快送检。",
                $"{instrumentEn} was due for verification on {En(reminder.DueOn)} and is overdue. Please bring it to the laboratory as soon as possible.")
            : new($"{instrumentZh}下次检定日期为{Zh(reminder.DueOn)}，请在此日期前送检。",
                $"{instrumentEn} is due for verification on {En(reminder.DueOn)}. Please bring it to the laboratory before that date.");
    }
}
