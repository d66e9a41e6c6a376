using System.Globalization;
using System.Text;

namespace Lims.Domain.Measurements;

/// <summary>
/// How a reported value is written: at the decimal place the evaluation decided. A place left of
/// the units (U = 1250 to two digits is 1.2×10³) is written with a power of ten, never as "1200",
/// whose trailing zeros would claim digits that are not known; the point's other values take the
/// same power, so they line up with U ("50000.8×10³").
/// </summary>
public static class ReportedNumber
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>The power of ten the point's values are written with: 0 when U ends at the units or to the right of them.</summary>
    public static int Exponent(decimal expandedUncertainty, int decimalPlaces) =>
        decimalPlaces >= 0 || expandedUncertainty <= 0m ? 0 : UncertaintyRounding.LeadingDigitExponent(expandedUncertainty);

    /// <summary><paramref name="value"/>, already rounded at <paramref name="decimalPlaces"/>, written with <paramref name="exponent"/>.</summary>
    public static string Format(decimal value, int decimalPlaces, int exponent = 0, bool withSign = false)
    {
        var places = decimalPlaces + exponent;
        var scaled = exponent == 0 ? value : value / Power(exponent);
        var digits = Math.Round(scaled, Math.Max(places, 0), MidpointRounding.ToEven).ToString("F" + Math.Max(places, 0).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        if (withSign && value > 0m)
        {
            text.Append('+');
        }

        text.Append(digits);
        if (exponent != 0)
        {
            text.Append("×10");
            if (exponent < 0)
            {
                text.Append('⁻');
            }

            foreach (var digit in Math.Abs(exponent).ToString(CultureInfo.InvariantCulture))
            {
                text.Append(Superscripts[digit - '0']);
            }
        }

        return text.ToString();
    }

    /// <summary>A value such as a nominal or an MPE, written without trailing zeros.</summary>
    public static string Plain(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static decimal Power(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result *= 10m;
        }

        return exponent < 0 ? 1m / result : result;
    }
}
