namespace Lims.Domain.Measurements;

/// <summary>
/// The correlation coefficient r between two Type B components of a point, named as in the budget
/// (JCGM 100 5.2.2): u_c² gains 2·r·c₁u(x₁)·c₂u(x₂). r lies in [−1, 1].
/// </summary>
public sealed record Correlation(string First, string Second, double Coefficient);
