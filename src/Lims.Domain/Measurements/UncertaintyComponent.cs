namespace Lims.Domain.Measurements;

/// <summary>
/// One standard uncertainty contribution, already in the unit of the readings (the sensitivity
/// coefficient applied): e.g. a standard's U/k, or a resolution d/(2√3).
/// </summary>
/// <param name="Name">What it comes from, as printed in the uncertainty budget.</param>
/// <param name="StandardUncertainty">u(xᵢ)·|cᵢ|, zero or positive, finite.</param>
/// <param name="DegreesOfFreedom">νᵢ, positive and finite; <c>null</c> means infinite.</param>
public sealed record UncertaintyComponent(string Name, double StandardUncertainty, double? DegreesOfFreedom);
