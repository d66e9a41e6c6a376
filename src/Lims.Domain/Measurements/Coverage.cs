namespace Lims.Domain.Measurements;

/// <summary>The coverage the procedure asks for (rule 2): how k is chosen from ν_eff.</summary>
public enum Coverage
{
    /// <summary>p ≈ 95 %: k = t95(⌊ν_eff⌋) when ν_eff &lt; 30, else 2 (JJF 1059.1). The default.</summary>
    P95,

    /// <summary>p ≈ 95.45 %: k = t95.45(⌊ν_eff⌋) (JCGM 100 Table G.2), 2 when ν_eff is infinite.</summary>
    P9545,

    /// <summary>p ≈ 99 %: k = t99(⌊ν_eff⌋), 2.58 when ν_eff is infinite.</summary>
    P99,

    /// <summary>k = 2 whatever ν_eff; no coverage probability is stated.</summary>
    K2,
}
