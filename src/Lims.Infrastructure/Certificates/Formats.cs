using System.Globalization;

namespace Lims.Infrastructure.Certificates;

/// <summary>How dates and environmental values print: dates as Chinese certificates write them, 2026年12月3日.</summary>
internal static class Formats
{
    public static string Date(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    public static string OneDecimal(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
