namespace Lims.Domain.Measurements;

/// <summary>
/// One line of a point's evaluated uncertainty budget: the standard uncertainty u(xᵢ), the
/// sensitivity coefficient and the contribution cᵢ·u(xᵢ) in the point's unit, with νᵢ.
/// </summary>
public sealed record BudgetLine(string Name, Distribution Distribution, double Divisor, double StandardUncertainty, double SensitivityCoefficient, double Contribution, double? DegreesOfFreedom);
