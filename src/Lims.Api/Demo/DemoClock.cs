namespace Lims.Api.Demo;

/// <summary>
/// The system clock, which the demo seeder sets back while it plays a year of the laboratory's
/// history (so that due dates, recalls and the indicators have something to show), then returns
/// to the present. Registered only when the demo runs.
/// </summary>
public sealed class DemoClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    /// <summary>Makes "now" the given day in China, at 10:00 local time.</summary>
    public void SetDay(DateOnly day) =>
        _offset = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)) - base.GetUtcNow();

    public void Reset() => _offset = TimeSpan.Zero;
}
