using Lims.Domain.Common;

namespace Lims.Domain.Measurements;

/// <summary>The coverage factor k for a coverage probability of 95 % (spec rule 2).</summary>
public static class CoverageFactor
{
    /// <summary>The level of confidence. GUM Table G.2 tabulates 95.45 %; the spec asks for the Student-t 95 % factor.</summary>
    public const double CoverageProbability = 0.95;

    /// <summary>k = 2 at and above this many effective degrees of freedom (and when infinite).</summary>
    public const int DegreesOfFreedomForKTwo = 30;

    // ν_eff comes out of floating-point arithmetic: an exact 16 may arrive as 15.999999999999998 and
    // must not be truncated to 15. Anything this close below an integer counts as that integer.
    private const double TruncationTolerance = 1e-9;

    /// <summary>
    /// k = 2 when ν_eff ≥ 30 or infinite (<c>null</c>); otherwise t95(ν) with ν = ν_eff truncated to
    /// the integer below (JJF 1059.1, GUM G.4.1), given to two decimal places (half to even) as in
    /// t tables and on the certificate. U is computed with this printed k, so U = k·u_c can be
    /// checked from the certificate.
    /// </summary>
    public static decimal For(double? effectiveDegreesOfFreedom)
    {
        if (effectiveDegreesOfFreedom is not { } nuEff)
        {
            return 2m;
        }

        var nu = Math.Floor(nuEff + TruncationTolerance);
        if (nu >= DegreesOfFreedomForKTwo)
        {
            return 2m;
        }

        if (nu < 1)
        {
            throw new DomainRuleException(
                MeasurementRuleCodes.DegreesOfFreedomTooSmall,
                FormattableString.Invariant($"The effective degrees of freedom {nuEff:0.###} are less than 1, so no coverage factor can be given. Check the degrees of freedom of the uncertainty components."));
        }

        var t = StudentT.TwoSidedQuantile((int)nu, CoverageProbability);
        return Math.Round((decimal)t, 2, MidpointRounding.ToEven);
    }
}
