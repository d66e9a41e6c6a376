namespace Lims.Domain.Measurements;

/// <summary>
/// The maximum permissible errors of a point as limits on the error E: Lower ≤ E ≤ Upper, with
/// Lower &lt; 0 &lt; Upper. Symmetric (±MPE) in most regulations; asymmetric where one says so.
/// </summary>
public readonly record struct Tolerance(decimal Lower, decimal Upper)
{
    public static Tolerance Symmetric(decimal mpe) => new(-mpe, mpe);

    /// <summary>A symmetric MPE written as one number, as the API and older results give it.</summary>
    public static implicit operator Tolerance(decimal mpe) => Symmetric(mpe);

    public bool IsSymmetric => Lower == -Upper;

    /// <summary>Half the width of the interval: the MPE of a symmetric tolerance, what U is compared with (U ≤ MPE/3).</summary>
    public decimal HalfWidth => (Upper - Lower) / 2m;

    /// <summary>The smaller of the two limits' magnitudes: what a spread of readings may not exceed.</summary>
    public decimal SmallerMagnitude => Math.Min(-Lower, Upper);

    public bool Contains(decimal error) => Lower <= error && error <= Upper;

    public Tolerance Widened(decimal by) => new(Lower - by, Upper + by);

    public Tolerance Narrowed(decimal by) => new(Lower + by, Upper - by);

    /// <summary>"±0.005" or "−0.004/+0.001", numbers without trailing zeros.</summary>
    public override string ToString() => IsSymmetric
        ? "±" + Plain(Upper)
        : $"{(Lower < 0 ? "−" : "+")}{Plain(Math.Abs(Lower))}/+{Plain(Upper)}";

    private static string Plain(decimal value) => ReportedNumber.Plain(value);
}
