namespace Lims.Domain.Measurements;

/// <summary>
/// The decision rule (ILAC-G8:09/2019) used to state conformity with the maximum permissible error;
/// it is recorded with the results and printed on the certificate.
/// </summary>
public enum DecisionRule
{
    /// <summary>Pass when |E| ≤ MPE, otherwise fail (guard band w = 0).</summary>
    SimpleAcceptance,

    /// <summary>Guard band w = U: pass when |E| ≤ MPE − U, fail when |E| &gt; MPE + U, otherwise conditional.</summary>
    GuardBanded,
}
