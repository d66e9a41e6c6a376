namespace Lims.Domain.Measurements;

/// <summary>Effective degrees of freedom of a combined standard uncertainty (GUM G.4.2, JJF 1059.1).</summary>
public static class WelchSatterthwaite
{
    /// <summary>
    /// ν_eff = u_c⁴ / Σ(uᵢ⁴/νᵢ), u_c² = Σuᵢ². Components with infinite νᵢ (<c>null</c>) or uᵢ = 0 add
    /// nothing to the denominator; when nothing is left the result is infinite (<c>null</c>).
    /// Each uᵢ is divided by the largest one first, which leaves ν_eff unchanged and keeps uᵢ⁴ from
    /// under- or overflowing for quantities in small or large units (nm in m, say).
    /// </summary>
    public static double? EffectiveDegreesOfFreedom(IReadOnlyList<UncertaintyComponent> components)
    {
        ArgumentNullException.ThrowIfNull(components);

        var largest = components.Count == 0 ? 0.0 : components.Max(c => c.StandardUncertainty);
        if (largest <= 0.0)
        {
            return null;
        }

        var sumOfSquares = 0.0;
        var denominator = 0.0;
        foreach (var component in components)
        {
            var ratio = component.StandardUncertainty / largest;
            var square = ratio * ratio;
            sumOfSquares += square;
            if (component.DegreesOfFreedom is { } nu)
            {
                denominator += square * square / nu;
            }
        }

        return denominator > 0.0 ? sumOfSquares * sumOfSquares / denominator : null;
    }
}
