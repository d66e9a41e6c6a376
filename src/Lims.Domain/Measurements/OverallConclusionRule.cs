namespace Lims.Domain.Measurements;

/// <summary>The overall conclusion from the verdicts of the points and test items (rule 3).</summary>
public static class OverallConclusionRule
{
    /// <summary>
    /// Verification: Fail when anything fails; otherwise Undetermined when anything is
    /// undetermined; Pass only when everything passes.
    /// Calibration: NotStated when nothing has a verdict (no MPE anywhere); otherwise, over what
    /// has one, Fail if any fails, Conditional if any is conditional, else Pass.
    /// </summary>
    public static OverallConclusion Conclude(MeasurementPurpose purpose, IReadOnlyList<PointVerdict?> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);

        if (purpose == MeasurementPurpose.Verification)
        {
            if (verdicts.Count == 0 || verdicts.Any(v => v is null or PointVerdict.Fail or PointVerdict.ConditionalFail))
            {
                return OverallConclusion.Fail;
            }

            return verdicts.Contains(PointVerdict.Undetermined) ? OverallConclusion.Undetermined
                : verdicts.All(v => v == PointVerdict.Pass) ? OverallConclusion.Pass
                : OverallConclusion.Fail;
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

        return stated.Any(v => v is PointVerdict.ConditionalPass or PointVerdict.ConditionalFail or PointVerdict.Undetermined)
            ? OverallConclusion.Conditional
            : OverallConclusion.Pass;
    }
}
