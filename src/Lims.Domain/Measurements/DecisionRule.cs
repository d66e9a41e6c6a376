namespace Lims.Domain.Measurements;

/// <summary>
/// The decision rule (ILAC-G8:09/2019, JJF 1094) used to state conformity with the maximum
/// permissible error; it is recorded with the results and printed on the certificate.
/// </summary>
public enum DecisionRule
{
    /// <summary>Calibration: pass when E lies within the MPE, otherwise fail (guard band w = 0).</summary>
    SimpleAcceptance,

    /// <summary>
    /// Calibration: guard band w = r·U: pass within MPE − w, fail beyond MPE + w, otherwise
    /// conditional pass (within the MPE) or conditional fail.
    /// </summary>
    GuardBanded,

    /// <summary>
    /// Verification (JJF 1094 5.3): U ≤ MPE/3 neglects U (pass within the MPE); otherwise pass
    /// within MPE − U, fail beyond MPE + U, undetermined in between.
    /// </summary>
    Jjf1094,
}
