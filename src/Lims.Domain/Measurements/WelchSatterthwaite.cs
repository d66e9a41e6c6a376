namespace Lims.Domain.Measurements;

/// <summary>Effective degrees of freedom of a combined standard uncertainty (GUM G.4.2, JJF 1059.1).</summary>
public static class WelchSatterthwaite
{
    /// <summary>
    /// ν_eff = u_c⁴ / Σ((cᵢuᵢ)⁴/νᵢ). Lines with infinite νᵢ (<c>null</c>) or a zero contribution add
    /// nothing to the denominator; when nothing is left the result is infinite (<c>null</c>).
    /// Every contribution is divided by <paramref name="combined"/> first, which leaves ν_eff
    /// unchanged and keeps the fourth powers from under- or overflowing (nm given in m, say).
    /// With a correlated pair u_c includes the correlation term; the formula is then the usual
    /// approximation (GUM G.4.2 assumes independent inputs).
    /// </summary>
    public static double? EffectiveDegreesOfFreedom(double combined, IReadOnlyList<BudgetLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (!(combined > 0.0))
        {
            return null;
        }

        var denominator = 0.0;
        foreach (var line in lines)
        {
            if (line.DegreesOfFreedom is { } nu)
            {
                var ratio = line.Contribution / combined;
                var square = ratio * ratio;
                denominator += square * square / nu;
            }
        }

        return denominator > 0.0 ? 1.0 / denominator : null;
    }

    /// <summary>The same for independent standard uncertainties given as they are (c = 1).</summary>
    public static double? EffectiveDegreesOfFreedom(IReadOnlyList<UncertaintyComponent> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var lines = components.Select(c => new BudgetLine(c.Name, Distribution.Standard, 1.0, c.Value, 1.0, c.Value, c.DegreesOfFreedom)).ToList();
        var largest = lines.Count == 0 ? 0.0 : lines.Max(l => l.Contribution);
        if (largest <= 0.0)
        {
            return null;
        }

        var combined = largest * Math.Sqrt(lines.Sum(l => (l.Contribution / largest) * (l.Contribution / largest)));
        return EffectiveDegreesOfFreedom(combined, lines);
    }
}
