namespace Lims.Domain.Measurements;

/// <summary>
/// An expanded uncertainty rounded to two significant digits, and the decimal place it ends at:
/// <see cref="DecimalPlaces"/> digits after the point (negative: −1 tens, −2 hundreds, …).
/// <see cref="Value"/> carries that many decimals, so 0.10 prints as "0.10".
/// </summary>
public readonly record struct RoundedUncertainty(decimal Value, int DecimalPlaces);
