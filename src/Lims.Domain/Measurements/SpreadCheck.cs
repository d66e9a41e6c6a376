namespace Lims.Domain.Measurements;

/// <summary>
/// A test item judged on the spread of repeated readings rather than on an error: JJG 539's
/// repeatability (重复性: the difference between results for the same load) and JJG 52's
/// hysteresis (回程误差: up-scale against down-scale reading). The spread max − min may not
/// exceed the smaller magnitude of the MPE at that load, times the procedure's factor.
/// </summary>
public static class SpreadCheck
{
    public static decimal Spread(IReadOnlyList<decimal> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        return readings.Count == 0 ? 0m : readings.Max() - readings.Min();
    }

    public static PointVerdict Decide(IReadOnlyList<decimal> readings, Tolerance mpe, decimal factor = 1m) =>
        Spread(readings) <= mpe.SmallerMagnitude * factor ? PointVerdict.Pass : PointVerdict.Fail;
}
