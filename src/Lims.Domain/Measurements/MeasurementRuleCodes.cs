namespace Lims.Domain.Measurements;

/// <summary>The <see cref="Common.DomainRuleException.Code"/> values the evaluation of measurements raises.</summary>
public static class MeasurementRuleCodes
{
    public const string PointsRequired = "points-required";
    public const string QuantityRequired = "quantity-required";
    public const string ReadingsRequired = "readings-required";
    public const string NumberNotFinite = "number-not-finite";
    public const string StandardUncertaintyNegative = "standard-uncertainty-negative";
    public const string CoverageFactorNotPositive = "coverage-factor-not-positive";
    public const string DegreesOfFreedomNotPositive = "degrees-of-freedom-not-positive";
    public const string DegreesOfFreedomTooSmall = "degrees-of-freedom-too-small";
    public const string CorrelationInvalid = "correlation-invalid";
    public const string MpeNotPositive = "mpe-not-positive";
    public const string MpeRequired = "mpe-required";
    public const string DecisionRuleNotAllowed = "decision-rule-not-allowed";
    public const string MethodInvalid = "evaluation-method-invalid";
    public const string UncertaintyZero = "uncertainty-zero";
    public const string UncertaintyOutOfRange = "uncertainty-out-of-range";
}
