using System.Globalization;
using Lims.Domain.Measurements;

namespace Lims.Domain.Tests.Measurements;

public class UncertaintyRoundingTests
{
    // Expected values are compared as text, so the number of decimals printed is tested too.
    [TestCase("0.01234", "0.012", 3)]
    [TestCase("1.25", "1.2", 1)]
    [TestCase("1.35", "1.4", 1)]
    [TestCase("1.2501", "1.3", 1)]
    [TestCase("0.0985", "0.098", 3)]
    [TestCase("0.0994", "0.099", 3)]
    [TestCase("0.0995", "0.10", 2)]
    [TestCase("0.1", "0.10", 2)]
    [TestCase("0.54017", "0.54", 2)]
    [TestCase("9.96", "10", 0)]
    [TestCase("99.5", "100", -1)]
    [TestCase("67.131", "67", 0)]
    [TestCase("1250", "1200", -2)]
    [TestCase("1350", "1400", -2)]
    public void Expanded_uncertainty_is_rounded_half_to_even_to_two_significant_digits(string value, string expected, int expectedPlaces)
    {
        var rounded = UncertaintyRounding.RoundToTwoSignificantDigits(Parse(value));

        Assert.That(rounded.Value.ToString(CultureInfo.InvariantCulture), Is.EqualTo(expected));
        Assert.That(rounded.DecimalPlaces, Is.EqualTo(expectedPlaces));
    }

    [Test]
    public void Floating_point_noise_does_not_break_a_half_to_even_tie()
    {
        // 0.002 + 0.203 is 0.20500000000000002 in binary floating point; the value meant is 0.205,
        // a tie, which half to even rounds to 0.20 (not 0.21).
        var a = 0.002;
        var b = 0.203;

        var rounded = UncertaintyRounding.RoundToTwoSignificantDigits(a + b);

        Assert.That(rounded.Value.ToString(CultureInfo.InvariantCulture), Is.EqualTo("0.20"));
    }

    [TestCase("0.1666666666666666666666666667", 2, "0.17")]
    [TestCase("2001.1666666666666666666666667", 2, "2001.17")]
    [TestCase("1.105", 2, "1.10")]
    [TestCase("1.115", 2, "1.12")]
    [TestCase("-0.125", 2, "-0.12")]
    [TestCase("5", 2, "5.00")]
    [TestCase("838.5", 0, "838")]
    [TestCase("12350", -2, "12400")]
    [TestCase("12250", -2, "12200")]
    public void Mean_and_error_are_rounded_half_to_even_to_the_decimal_place_of_U(string value, int places, string expected)
    {
        var rounded = UncertaintyRounding.RoundToDecimalPlace(Parse(value), places);

        Assert.That(rounded.ToString(CultureInfo.InvariantCulture), Is.EqualTo(expected));
    }

    private static decimal Parse(string value) => decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
}
