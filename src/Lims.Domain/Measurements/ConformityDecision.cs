namespace Lims.Domain.Measurements;

/// <summary>
/// The verdict at one point under a decision rule (ILAC-G8, JJF 1094). It is given the reported
/// values, E and U after rounding (see <see cref="UncertaintyRounding"/>): the comparison is made
/// on rounded values (GB/T 8170-2008 4.3.2), so the certificate shows exactly the numbers the
/// verdict was decided on and anyone can re-check it.
/// </summary>
public static class ConformityDecision
{
    /// <summary>
    /// SimpleAcceptance: Pass when E lies within the limits, else Fail.
    /// GuardBanded (w = r·U): Pass within the limits narrowed by w, Fail beyond the limits widened
    /// by w, else ConditionalPass (within the limits) or ConditionalFail.
    /// Jjf1094: when 3U ≤ MPE (the half-width of the limits) U is neglected and it is simple
    /// acceptance; otherwise Pass within the limits narrowed by U, Fail beyond the limits widened
    /// by U, else Undetermined.
    /// </summary>
    public static PointVerdict Decide(DecisionRule rule, decimal error, Tolerance mpe, decimal expandedUncertainty, decimal guardBandFactor = 1m) => rule switch
    {
        DecisionRule.SimpleAcceptance => Simple(error, mpe),
        DecisionRule.GuardBanded => Banded(error, mpe, guardBandFactor * expandedUncertainty, PointVerdict.ConditionalPass, PointVerdict.ConditionalFail),
        DecisionRule.Jjf1094 when NeglectsUncertainty(mpe, expandedUncertainty) => Simple(error, mpe),
        DecisionRule.Jjf1094 => Banded(error, mpe, expandedUncertainty, PointVerdict.Undetermined, PointVerdict.Undetermined),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown decision rule."),
    };

    /// <summary>U ≤ MPE/3, tested as 3·U ≤ MPE: exact in decimal, where MPE/3 is not.</summary>
    public static bool NeglectsUncertainty(Tolerance mpe, decimal expandedUncertainty) => 3m * expandedUncertainty <= mpe.HalfWidth;

    private static PointVerdict Simple(decimal error, Tolerance mpe) => mpe.Contains(error) ? PointVerdict.Pass : PointVerdict.Fail;

    private static PointVerdict Banded(decimal error, Tolerance mpe, decimal w, PointVerdict inside, PointVerdict outside)
    {
        if (error >= mpe.Lower + w && error <= mpe.Upper - w)
        {
            return PointVerdict.Pass;
        }

        if (error < mpe.Lower - w || error > mpe.Upper + w)
        {
            return PointVerdict.Fail;
        }

        return mpe.Contains(error) ? inside : outside;
    }
}
