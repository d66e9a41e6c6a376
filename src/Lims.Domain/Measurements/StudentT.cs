namespace Lims.Domain.Measurements;

/// <summary>
/// Student's t distribution for an integer number of degrees of freedom, computed from the
/// closed-form two-sided probability of Abramowitz &amp; Stegun 26.7.3 (ν odd) and 26.7.4 (ν even),
/// inverted by bisection. Only integer ν is needed: JJF 1059.1 and GUM G.4.1 truncate ν_eff.
/// </summary>
public static class StudentT
{
    /// <summary>
    /// A(t|ν) = P(−t ≤ T ≤ t). With θ = atan(t/√ν):
    /// ν = 1: 2θ/π;
    /// ν odd ≥ 3: (2/π)·[θ + sinθ·cosθ·(1 + (2/3)cos²θ + (2·4)/(3·5)cos⁴θ + … + cos^(ν−3)θ term)];
    /// ν even: sinθ·(1 + (1/2)cos²θ + (1·3)/(2·4)cos⁴θ + … + cos^(ν−2)θ term).
    /// </summary>
    public static double TwoSidedProbability(double t, int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(t);

        var theta = Math.Atan(t / Math.Sqrt(degreesOfFreedom));
        var sin = Math.Sin(theta);
        var cos = Math.Cos(theta);
        var cos2 = cos * cos;
        var sum = 1.0;
        var term = 1.0;

        if (degreesOfFreedom % 2 == 1)
        {
            for (var j = 1; j <= (degreesOfFreedom - 3) / 2; j++)
            {
                term *= 2.0 * j / (2.0 * j + 1.0) * cos2;
                sum += term;
            }

            return degreesOfFreedom == 1
                ? 2.0 * theta / Math.PI
                : 2.0 / Math.PI * (theta + sin * cos * sum);
        }

        for (var j = 1; j <= (degreesOfFreedom - 2) / 2; j++)
        {
            term *= (2.0 * j - 1.0) / (2.0 * j) * cos2;
            sum += term;
        }

        return sin * sum;
    }

    /// <summary>
    /// The t with P(|T| ≤ t) = <paramref name="probability"/>, e.g. 0.95 → t95(ν). A(t|ν) rises
    /// strictly from 0 to 1, so bisection converges to the double nearest the root.
    /// </summary>
    public static double TwoSidedQuantile(int degreesOfFreedom, double probability)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        if (!(probability > 0.0 && probability < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "The probability must lie strictly between 0 and 1.");
        }

        var low = 0.0;
        var high = 1.0;
        while (TwoSidedProbability(high, degreesOfFreedom) < probability)
        {
            low = high;
            high *= 2.0;
        }

        for (var i = 0; i < 200 && high - low > 1e-15 * high; i++)
        {
            var middle = 0.5 * (low + high);
            if (TwoSidedProbability(middle, degreesOfFreedom) < probability)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return 0.5 * (low + high);
    }
}
