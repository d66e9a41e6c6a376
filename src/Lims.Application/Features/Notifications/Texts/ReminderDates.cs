using System.Globalization;

namespace Lims.Application.Features.Notifications.Texts;

/// <summary>Dates as the reminders print them.</summary>
public static class ReminderDates
{
    /// <summary>2026年3月2日.</summary>
    public static string Zh(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>2026-03-02.</summary>
    public static string En(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
