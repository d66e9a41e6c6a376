using System.Globalization;

namespace Lims.Domain.Measurements;

/// <summary>
/// Rounding of reported results per JJF 1059.1-2012: U to one or two significant digits, mean and
/// error to the decimal place of the rounded U. JJF 1059.1 permits either always rounding U up or the usual
/// rule; we use the usual rule of GB/T 8170, round half to even (四舍六入五成双), on the value,
/// for U as well as for the mean and the error.
/// </summary>
public static class UncertaintyRounding
{
    // The largest power of ten whose place a decimal can still hold (28 digits after the point).
    private const int MaxDecimalPlaces = 28;

    /// <summary>
    /// U to two significant digits, half to even: 0.01234 → 0.012, 1.25 → 1.2, 0.0995 → 0.10
    /// (rounding carried into a new leading digit: the result then has two significant digits at
    /// one place further left), 1234 → 1200 (decimal place −2).
    /// </summary>
    public static RoundedUncertainty RoundToTwoSignificantDigits(decimal value) => RoundToSignificantDigits(value, 2);

    /// <summary>U to <paramref name="digits"/> (1 or 2) significant digits, half to even: with one, 0.0123 → 0.01, 0.15 → 0.2, 0.25 → 0.2.</summary>
    public static RoundedUncertainty RoundToSignificantDigits(decimal value, int digits)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 2);

        var exponent = LeadingDigitExponent(value);
        var places = digits - 1 - exponent;
        var rounded = RoundToDecimalPlace(value, places);
        if (LeadingDigitExponent(rounded) > exponent)
        {
            places--;
            rounded = RoundToDecimalPlace(rounded, places);
        }

        return new RoundedUncertainty(rounded, places);
    }

    /// <summary>
    /// The unrounded U comes from double arithmetic (square roots, products). It is taken to 12
    /// significant digits first, so that noise in the last bits of a double (1.2499999999999998 for
    /// 1.25) cannot decide a half-to-even tie; what is left is decided on the value.
    /// </summary>
    public static RoundedUncertainty RoundToTwoSignificantDigits(double value) => RoundToSignificantDigits(value, 2);

    /// <inheritdoc cref="RoundToTwoSignificantDigits(double)"/>
    public static RoundedUncertainty RoundToSignificantDigits(double value, int digits)
    {
        if (!double.IsFinite(value) || value <= 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The uncertainty must be positive and finite.");
        }

        var cleaned = decimal.Parse(value.ToString("G12", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        return RoundToSignificantDigits(cleaned, digits);
    }

    /// <summary>
    /// <paramref name="value"/> rounded half to even at <paramref name="decimalPlaces"/> digits after
    /// the point (negative: to tens, hundreds, …), carrying exactly that many decimals when positive.
    /// </summary>
    public static decimal RoundToDecimalPlace(decimal value, int decimalPlaces)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimalPlaces, MaxDecimalPlaces);

        if (decimalPlaces < 0)
        {
            var factor = PowerOfTen(-decimalPlaces);
            return Math.Round(value / factor, 0, MidpointRounding.ToEven) * factor;
        }

        // Adding a zero with the wanted scale sets the scale: 0.1 + 0.00 = 0.10.
        var zeroWithScale = new decimal(0, 0, 0, false, (byte)decimalPlaces);
        return Math.Round(value, decimalPlaces, MidpointRounding.ToEven) + zeroWithScale;
    }

    /// <summary>The exponent of the leading digit: 0.0123 → −2, 1.25 → 0, 1234 → 3. Exact, no logarithm.</summary>
    internal static int LeadingDigitExponent(decimal positive)
    {
        var exponent = 0;
        while (positive >= 10m)
        {
            positive /= 10m;
            exponent++;
        }

        while (positive < 1m)
        {
            positive *= 10m;
            exponent--;
        }

        return exponent;
    }

    private static decimal PowerOfTen(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
