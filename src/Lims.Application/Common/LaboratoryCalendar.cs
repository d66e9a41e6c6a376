namespace Lims.Application.Common;

/// <summary>
/// The laboratories work on China Standard Time (UTC+8, no daylight saving): "today" for due
/// dates, validity and "not in the future" is the date in Beijing, not in UTC.
/// </summary>
public static class LaboratoryCalendar
{
    public static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaStandardTime).DateTime);
}
