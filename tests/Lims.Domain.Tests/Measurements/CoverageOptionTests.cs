using System.Globalization;
using Lims.Domain.Measurements;

namespace Lims.Domain.Tests.Measurements;

/// <summary>The coverage options of rule 2 against JCGM 100 Table G.2 (t_p(ν) for p = 95.45 % and 99 %).</summary>
public class CoverageOptionTests
{
    [TestCase(1.0, "13.97", "63.66")]
    [TestCase(2.0, "4.53", "9.92")]
    [TestCase(3.0, "3.31", "5.84")]
    [TestCase(5.0, "2.65", "4.03")]
    [TestCase(10.0, "2.28", "3.17")]
    [TestCase(16.75, "2.17", "2.92")]
    [TestCase(20.0, "2.13", "2.85")]
    [TestCase(50.0, "2.05", "2.68")]
    [TestCase(500.0, "2.01", "2.59")]
    [TestCase(null, "2", "2.58")]
    public void Coverage_of_95_45_and_99_percent_follows_table_G_2(double? nu, string k9545, string k99)
    {
        Assert.Multiple(() =>
        {
            Assert.That(CoverageFactor.For(Coverage.P9545, nu), Is.EqualTo(decimal.Parse(k9545, CultureInfo.InvariantCulture)));
            Assert.That(CoverageFactor.For(Coverage.P99, nu), Is.EqualTo(decimal.Parse(k99, CultureInfo.InvariantCulture)));
        });
    }

    [TestCase(1.0)]
    [TestCase(16.75)]
    [TestCase(null)]
    public void A_fixed_coverage_factor_is_2_whatever_the_degrees_of_freedom(double? nu)
    {
        Assert.That(CoverageFactor.For(Coverage.K2, nu), Is.EqualTo(2m));
    }

    // u_c = 0.05 g with ν = 10 (one component): k and U for each coverage.
    [TestCase(Coverage.P95, "2.23", "0.11")]
    [TestCase(Coverage.P9545, "2.28", "0.11")]
    [TestCase(Coverage.P99, "3.17", "0.16")]
    [TestCase(Coverage.K2, "2", "0.10")]
    public void The_procedure_s_coverage_decides_k_and_U(Coverage coverage, string k, string u)
    {
        var point = new MeasurementPoint("mass", "g", 100m, [100m], null, [new UncertaintyComponent("reference", 0.05, 10.0)]);

        var result = PointEvaluator.Evaluate(point, new EvaluationMethod(MeasurementPurpose.Calibration, DecisionRule.SimpleAcceptance) { Coverage = coverage });

        Assert.Multiple(() =>
        {
            Assert.That(result.CoverageFactor, Is.EqualTo(decimal.Parse(k, CultureInfo.InvariantCulture)));
            Assert.That(result.ExpandedUncertainty.ToString(CultureInfo.InvariantCulture), Is.EqualTo(u));
        });
    }

    // One significant digit (JJF 1059.1 allows 1 or 2), half to even.
    [TestCase(0.0123, "0.01", 2)]
    [TestCase(0.15, "0.2", 1)]
    [TestCase(0.25, "0.2", 1)]
    [TestCase(0.95, "1", 0)]
    [TestCase(1250.0, "1E+3", -3)]
    public void U_to_one_significant_digit(double value, string expected, int places)
    {
        var rounded = UncertaintyRounding.RoundToSignificantDigits(value, 1);

        Assert.Multiple(() =>
        {
            Assert.That(rounded.Value, Is.EqualTo(decimal.Parse(expected, NumberStyles.Float, CultureInfo.InvariantCulture)));
            Assert.That(rounded.DecimalPlaces, Is.EqualTo(places));
        });
    }

    // Values at a place left of the units are written with a power of ten, never with made-up zeros.
    [TestCase("1200", -2, "1200", false, "1.2×10³")]
    [TestCase("1300", -2, "1200", true, "+1.3×10³")]
    [TestCase("50000800", -2, "1200", false, "50000.8×10³")]
    [TestCase("-300", -2, "1200", true, "-0.3×10³")]
    [TestCase("0.010", 3, "0.010", false, "0.010")]
    [TestCase("0.025", 3, "0.010", true, "+0.025")]
    [TestCase("67", 0, "67", false, "67")]
    public void Reported_numbers_keep_the_decimal_place_of_U(string value, int places, string u, bool withSign, string expected)
    {
        var exponent = ReportedNumber.Exponent(decimal.Parse(u, CultureInfo.InvariantCulture), places);

        Assert.That(ReportedNumber.Format(decimal.Parse(value, CultureInfo.InvariantCulture), places, exponent, withSign), Is.EqualTo(expected));
    }
}
