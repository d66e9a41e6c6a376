using Lims.Domain.Common;

namespace Lims.Domain.Measurements;

/// <summary>Refuses an evaluation method that the rules do not allow.</summary>
public static class EvaluationMethodRules
{
    /// <summary>Largest guard-band factor r: w = 3U would refuse nearly every instrument.</summary>
    public const decimal MaxGuardBandFactor = 3m;

    public static void Validate(EvaluationMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (!Enum.IsDefined(method.Purpose) || !Enum.IsDefined(method.Rule) || !Enum.IsDefined(method.Coverage))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown purpose, decision rule or coverage.");
        }

        if (method.Purpose == MeasurementPurpose.Verification && method.Rule != DecisionRule.Jjf1094)
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.DecisionRuleNotAllowed,
                $"A verification is always judged by JJF 1094 (U neglected when U ≤ MPE/3, otherwise pass within MPE − U, fail beyond MPE + U); the decision rule {method.Rule} is for calibrations only.");
        }

        if (method.Purpose == MeasurementPurpose.Calibration && method.Rule == DecisionRule.Jjf1094)
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.DecisionRuleNotAllowed,
                "JJF 1094 is the rule of verification; a calibration states conformity by simple acceptance or a guard band.");
        }

        if (method.SignificantDigits is not (1 or 2))
        {
            throw new DomainRuleException(MeasurementRuleCodes.MethodInvalid, "The expanded uncertainty is reported to 1 or 2 significant digits (JJF 1059.1).");
        }

        if (method.GuardBandFactor <= 0m || method.GuardBandFactor > MaxGuardBandFactor)
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.MethodInvalid,
                FormattableString.Invariant($"The guard-band factor r (w = r·U) must be above 0 and at most {MaxGuardBandFactor}, not {method.GuardBandFactor}."));
        }
    }
}
