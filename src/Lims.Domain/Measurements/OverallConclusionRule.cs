namespace Lims.Domain.Measurements;

/// <summary>The overall conclusion from the point verdicts (spec rule 3).</summary>
public static class OverallConclusionRule
{
    /// <summary>
    /// Verification: Pass only when every point passes, otherwise Fail.
    /// Calibration: NotStated when no point has a verdict (no MPE anywhere); otherwise, over the
    /// points that have one, Fail if any fails, Conditional if any is conditional, else Pass.
    /// </summary>
    public static OverallConclusion Conclude(MeasurementPurpose purpose, IReadOnlyList<PointVerdict?> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);

        if (purpose == MeasurementPurpose.Verification)
        {
            return verdicts.Count > 0 && verdicts.All(v => v == PointVerdict.Pass) ? OverallConclusion.Pass : OverallConclusion.Fail;
        }

        var stated = verdicts.Where(v => v is not null).ToList();
        if (stated.Count == 0)
        {
            return OverallConclusion.NotStated;
        }

        if (stated.Contains(PointVerdict.Fail))
        {
            return OverallConclusion.Fail;
        }

        return stated.Contains(PointVerdict.Conditional) ? OverallConclusion.Conditional : OverallConclusion.Pass;
    }
}
