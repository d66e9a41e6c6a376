using System.Globalization;
using Lims.Application.Common;

namespace Lims.Web.Components;

/// <summary>Dates, instants and money as the interface writes them: Chinese style (2026年12月3日, ¥1,234.00) or English.</summary>
public static class Formats
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Date(DateOnly? date) => date is not { } d
        ? "—"
        : English ? d.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : d.ToString("yyyy年M月d日", Chinese);

    /// <summary>An instant at China time.</summary>
    public static string Instant(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, ChinaTime.Zone);
        return English ? local.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) : local.ToString("yyyy年M月d日 HH:mm", Chinese);
    }

    public static string Money(decimal amount) => "¥" + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
