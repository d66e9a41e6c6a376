using Lims.Domain.Common;

namespace Lims.Domain.Measurements;

/// <summary>The coverage factor k for the procedure's coverage (rule 2).</summary>
public static class CoverageFactor
{
    /// <summary>The level of confidence of <see cref="Coverage.P95"/>.</summary>
    public const double CoverageProbability = 0.95;

    /// <summary>For <see cref="Coverage.P95"/>: k = 2 at and above this many effective degrees of freedom (and when infinite).</summary>
    public const int DegreesOfFreedomForKTwo = 30;

    // ν_eff comes out of floating-point arithmetic: an exact 16 may arrive as 15.999999999999998 and
    // must not be truncated to 15. Anything this close below an integer counts as that integer.
    private const double TruncationTolerance = 1e-9;

    /// <summary>Above this many degrees of freedom t_p(ν) is taken from its expansion in 1/ν around the normal quantile.</summary>
    private const int TabulatedDegreesOfFreedom = 200;

    private static readonly double[][] _quantiles = [new double[TabulatedDegreesOfFreedom + 1], new double[TabulatedDegreesOfFreedom + 1], new double[TabulatedDegreesOfFreedom + 1]];

    /// <summary>k for 95 %: see <see cref="For(Coverage, double?)"/>.</summary>
    public static decimal For(double? effectiveDegreesOfFreedom) => For(Coverage.P95, effectiveDegreesOfFreedom);

    /// <summary>
    /// P95: k = 2 when ν_eff ≥ 30 or infinite (<c>null</c>), otherwise t95(⌊ν_eff⌋) (JJF 1059.1, GUM G.4.1).
    /// P9545 and P99: t_p(⌊ν_eff⌋) (GUM Table G.2), the normal quantile (2, 2.58) when infinite.
    /// K2: 2. k is given to two decimal places (half to even) as in t tables and on the certificate,
    /// and U is computed with this printed k, so U = k·u_c can be checked from the certificate.
    /// </summary>
    public static decimal For(Coverage coverage, double? effectiveDegreesOfFreedom)
    {
        if (coverage == Coverage.K2)
        {
            return 2m;
        }

        if (effectiveDegreesOfFreedom is not { } nuEff)
        {
            return coverage == Coverage.P99 ? 2.58m : 2m;
        }

        var nu = Math.Floor(nuEff + TruncationTolerance);
        if (coverage == Coverage.P95 && nu >= DegreesOfFreedomForKTwo)
        {
            return 2m;
        }

        if (nu < 1)
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.DegreesOfFreedomTooSmall,
                FormattableString.Invariant($"The effective degrees of freedom {nuEff:0.###} are less than 1, so no coverage factor can be given. Check the degrees of freedom of the uncertainty components."));
        }

        var k = Math.Round((decimal)Quantile(coverage, nu), 2, MidpointRounding.ToEven);
        return k == 2m ? 2m : k;
    }

    /// <summary>The probability p of a coverage, e.g. 0.9545; <c>null</c> for a fixed k.</summary>
    public static double? Probability(Coverage coverage) => coverage switch
    {
        Coverage.P95 => 0.95,
        Coverage.P9545 => 0.9545,
        Coverage.P99 => 0.99,
        _ => null,
    };

    private static double Quantile(Coverage coverage, double nu)
    {
        var p = Probability(coverage)!.Value;
        if (nu > TabulatedDegreesOfFreedom)
        {
            return LargeDegreesOfFreedom(NormalQuantile(coverage), nu);
        }

        // Computed once per coverage and ν: the bisection costs microseconds, and the bench evaluates as the technician types.
        var table = _quantiles[(int)coverage];
        var index = (int)nu;
        var t = Volatile.Read(ref table[index]);
        if (t == 0.0)
        {
            t = StudentT.TwoSidedQuantile(index, p);
            Volatile.Write(ref table[index], t);
        }

        return t;
    }

    // The two-sided normal quantiles z with P(|Z| ≤ z) = p.
    private static double NormalQuantile(Coverage coverage) => coverage switch
    {
        Coverage.P95 => 1.959963984540054,
        Coverage.P9545 => 2.000002444,
        _ => 2.575829303548901,
    };

    /// <summary>Cornish–Fisher expansion of t_p(ν) (Abramowitz &amp; Stegun 26.7.5), exact to far below 0.005 for ν &gt; 200.</summary>
    private static double LargeDegreesOfFreedom(double z, double nu)
    {
        var z3 = z * z * z;
        var z5 = z3 * z * z;
        var z7 = z5 * z * z;
        return z + ((z3 + z) / (4 * nu)) + (((5 * z5) + (16 * z3) + (3 * z)) / (96 * nu * nu)) + (((3 * z7) + (19 * z5) + (17 * z3) - (15 * z)) / (384 * nu * nu * nu));
    }
}
