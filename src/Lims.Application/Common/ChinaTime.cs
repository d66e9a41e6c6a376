namespace Lims.Application.Common;

/// <summary>The laboratory's calendar: China Standard Time, UTC+8 all year.</summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Today(this TimeProvider clock) => DateOn(clock.GetUtcNow());

    /// <summary>The laboratory's calendar day at <paramref name="instant"/>.</summary>
    public static DateOnly DateOn(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
}
