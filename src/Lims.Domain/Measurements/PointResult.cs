namespace Lims.Domain.Measurements;

/// <summary>
/// The evaluation of one <see cref="MeasurementPoint"/>. The <c>Reported…</c> values and
/// <see cref="ExpandedUncertainty"/> are what the certificate prints; the others are kept for the
/// uncertainty budget and for review. All values are in the point's unit.
/// </summary>
public sealed record PointResult
{
    public required MeasurementPoint Point { get; init; }

    /// <summary>r̄, unrounded (decimal division, 28 significant digits).</summary>
    public required decimal Mean { get; init; }

    /// <summary>E = r̄ − x₀, unrounded.</summary>
    public required decimal Error { get; init; }

    /// <summary>s/√n for n ≥ 2; <c>null</c> for a single reading.</summary>
    public required double? TypeAStandardUncertainty { get; init; }

    /// <summary>n − 1 for n ≥ 2; <c>null</c> for a single reading.</summary>
    public required int? TypeADegreesOfFreedom { get; init; }

    /// <summary>The budget as evaluated: every Type B component, then Type A when there is one.</summary>
    public required IReadOnlyList<BudgetLine> Budget { get; init; }

    /// <summary>u_c by the law of propagation (JCGM 100 5.1.2, with the correlation term of 5.2.2).</summary>
    public required double CombinedStandardUncertainty { get; init; }

    /// <summary>ν_eff by Welch–Satterthwaite; <c>null</c> means infinite.</summary>
    public required double? EffectiveDegreesOfFreedom { get; init; }

    /// <summary>k, to two decimals (2 when exactly two).</summary>
    public required decimal CoverageFactor { get; init; }

    public required Coverage Coverage { get; init; }

    /// <summary>k·u_c before rounding (diagnostic only; not reported).</summary>
    public required double UnroundedExpandedUncertainty { get; init; }

    /// <summary>U = k·u_c rounded to the method's significant digits (half to even): the reported U.</summary>
    public required decimal ExpandedUncertainty { get; init; }

    /// <summary>The decimal place of the reported U, mean and error (digits after the point; negative for tens, hundreds…).</summary>
    public required int DecimalPlaces { get; init; }

    /// <summary>r̄ rounded to <see cref="DecimalPlaces"/>, half to even.</summary>
    public required decimal ReportedMean { get; init; }

    /// <summary>E rounded to <see cref="DecimalPlaces"/>, half to even; the verdict is decided on it.</summary>
    public required decimal ReportedError { get; init; }

    /// <summary>The point's MPE as given, or <c>null</c>.</summary>
    public Tolerance? Mpe => Point.Mpe;

    /// <summary>The verdict; <c>null</c> when the point has no MPE.</summary>
    public required PointVerdict? Verdict { get; init; }

    /// <summary>JJF 1094: U ≤ MPE/3, so U was neglected in the verdict.</summary>
    public required bool UncertaintyNeglected { get; init; }
}
