namespace Lims.Domain.Measurements;

/// <summary>
/// The verdict at one point under a decision rule (ILAC-G8). It is given the reported values,
/// i.e. E and U after rounding (see <see cref="UncertaintyRounding"/>): the certificate then shows
/// exactly the numbers the verdict was decided on, and anyone can re-check it from the certificate.
/// </summary>
public static class ConformityDecision
{
    /// <summary>
    /// SimpleAcceptance: Pass when |E| ≤ MPE, else Fail.
    /// GuardBanded (w = U): Pass when |E| ≤ MPE − U, Fail when |E| &gt; MPE + U, else Conditional.
    /// </summary>
    public static PointVerdict Decide(DecisionRule rule, decimal error, decimal mpe, decimal expandedUncertainty)
    {
        var magnitude = Math.Abs(error);
        return rule switch
        {
            DecisionRule.SimpleAcceptance => magnitude <= mpe ? PointVerdict.Pass : PointVerdict.Fail,
            DecisionRule.GuardBanded when magnitude <= mpe - expandedUncertainty => PointVerdict.Pass,
            DecisionRule.GuardBanded when magnitude > mpe + expandedUncertainty => PointVerdict.Fail,
            DecisionRule.GuardBanded => PointVerdict.Conditional,
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown decision rule."),
        };
    }
}
