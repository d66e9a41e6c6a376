using Lims.Domain.Common;

namespace Lims.Domain.Measurements;

/// <summary>Refuses a measurement point whose input cannot be evaluated (rule 2 preconditions).</summary>
public static class MeasurementPointValidator
{
    public static void Validate(MeasurementPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(point.TypeBComponents);

        if (string.IsNullOrWhiteSpace(point.Quantity))
        {
            throw new DomainRuleException(MeasurementRuleCodes.QuantityRequired, "Every measurement point must say which quantity it measures.");
        }

        var where = Describe(point);
        if (point.Readings is null || point.Readings.Count == 0)
        {
            throw new DomainRuleException(MeasurementRuleCodes.ReadingsRequired, $"{where}: there are no readings. Enter at least one reading.");
        }

        if (point.Mpe is { } mpe && !(mpe.Lower <= 0m && mpe.Upper >= 0m && mpe.Lower < mpe.Upper))
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.MpeNotPositive,
                FormattableString.Invariant($"{where}: the maximum permissible errors must enclose zero (lower limit ≤ 0 ≤ upper limit, not both zero), not {mpe.Lower} … {mpe.Upper}."));
        }

        foreach (var component in point.TypeBComponents)
        {
            ValidateComponent(where, component);
        }

        if (point.Correlation is { } correlation)
        {
            ValidateCorrelation(where, point.TypeBComponents, correlation);
        }
    }

    /// <summary>"mass at 2000 g": how messages name a point.</summary>
    public static string Describe(MeasurementPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return FormattableString.Invariant($"{point.Quantity} at {point.Nominal} {point.Unit}").TrimEnd();
    }

    private static void ValidateComponent(string where, UncertaintyComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        var name = string.IsNullOrWhiteSpace(component.Name) ? "an uncertainty component" : $"the uncertainty component '{component.Name}'";

        if (!double.IsFinite(component.Value) || !double.IsFinite(component.SensitivityCoefficient) || !double.IsFinite(component.CoverageFactor))
        {
            throw new DomainRuleException(MeasurementRuleCodes.NumberNotFinite, $"{where}: the value, sensitivity coefficient or coverage factor of {name} is not a finite number.");
        }

        if (!Enum.IsDefined(component.Distribution) || !Enum.IsDefined(component.Scale))
        {
            throw new ArgumentOutOfRangeException(nameof(component), component, "Unknown distribution or scale.");
        }

        if (component.Value < 0.0)
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.StandardUncertaintyNegative,
                FormattableString.Invariant($"{where}: the value of {name} is negative ({component.Value}); it must be zero or positive."));
        }

        if (component.Distribution == Distribution.Normal && component.CoverageFactor <= 0.0)
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.CoverageFactorNotPositive,
                FormattableString.Invariant($"{where}: the coverage factor k of {name} must be positive, not {component.CoverageFactor}."));
        }

        if (component.DegreesOfFreedom is not { } nu)
        {
            return;
        }

        if (!double.IsFinite(nu))
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.NumberNotFinite,
                $"{where}: the degrees of freedom of {name} are not a finite number; leave them empty for infinitely many.");
        }

        if (nu <= 0.0)
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.DegreesOfFreedomNotPositive,
                FormattableString.Invariant($"{where}: the degrees of freedom of {name} must be positive, not {nu}."));
        }
    }

    private static void ValidateCorrelation(string where, IReadOnlyList<UncertaintyComponent> components, Correlation correlation)
    {
        static int Count(IReadOnlyList<UncertaintyComponent> components, string name) => components.Count(c => c.Name == name);
        if (correlation.First == correlation.Second || Count(components, correlation.First) != 1 || Count(components, correlation.Second) != 1)
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.CorrelationInvalid,
                $"{where}: a correlation names two different components of the budget, each once ('{correlation.First}', '{correlation.Second}').");
        }

        if (!double.IsFinite(correlation.Coefficient) || correlation.Coefficient is < -1.0 or > 1.0)
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.CorrelationInvalid,
                FormattableString.Invariant($"{where}: the correlation coefficient r lies between −1 and 1, not {correlation.Coefficient}."));
        }
    }
}
