namespace Lims.Application.Features.Notifications.Texts;

/// <summary>One kind's template, holding what it prints of the reminder's subject.</summary>
public interface IReminderTemplate
{
    ReminderText Render(ReminderFacts reminder);
}
