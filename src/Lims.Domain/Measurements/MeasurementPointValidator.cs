using Lims.Domain.Common;

namespace Lims.Domain.Measurements;

/// <summary>Refuses a measurement point whose input cannot be evaluated (spec rule 2 preconditions).</summary>
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

        if (point.Mpe is { } mpe && mpe <= 0m)
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.MpeNotPositive,
                FormattableString.Invariant($"{where}: the maximum permissible error must be given as a positive number (the ± half-width), not {mpe}."));
        }

        foreach (var component in point.TypeBComponents)
        {
            ValidateComponent(where, component);
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

        if (!double.IsFinite(component.StandardUncertainty))
        {
            throw new DomainRuleException(MeasurementRuleCodes.NumberNotFinite, $"{where}: the standard uncertainty of {name} is not a finite number.");
        }

        if (component.StandardUncertainty < 0.0)
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.StandardUncertaintyNegative,
                FormattableString.Invariant($"{where}: the standard uncertainty of {name} is negative ({component.StandardUncertainty}); it must be zero or positive."));
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
}
