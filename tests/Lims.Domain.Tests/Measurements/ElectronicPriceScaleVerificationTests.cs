using Lims.Domain.Measurements;

namespace Lims.Domain.Tests.Measurements;

/// <summary>
/// Verification of an electronic price scale in the style of JJG 539: accuracy class III,
/// Max = 15 kg, e = d = 5 g. MPE at initial verification by load band:
///   0 ≤ m ≤ 500e (2.5 kg): ±0.5e = ±2.5 g;  500e &lt; m ≤ 2000e (10 kg): ±1.0e = ±5 g;
///   2000e &lt; m ≤ 10000e: ±1.5e = ±7.5 g.
/// Readings are change-point indications P = I + ½e − ΔL (small weights ΔL in steps of 0.1e =
/// 0.5 g), so the resolution of the method is 0.5 g.
/// Type B components (g, ν infinite):
///   resolution 0.5/(2√3) = 0.144338 g, u² = 0.25/12 = 1/48;
///   F1 weights calibrated with U (k = 2): 500 g 0.8 mg, 2 kg 3 mg, 10 kg 16 mg, 15 kg (10 kg + 5 kg) 24 mg,
///   so U/k = 0.0004, 0.0015, 0.008, 0.012 g; at zero load no weight.
/// Three readings of the pattern {a, a, a + 0.5} (any order): r̄ = a + 1/6, deviations −1/6, −1/6, +1/3,
///   s² = (1/36 + 1/36 + 1/9)/2 = 1/12, u_A = s/√3 = 1/6 g, ν_A = 2.
///   u_c² = 1/36 + 1/48 (+ weights²) = 7/144 → u_c = √7/12 = 0.220479 g (weights change it by &lt; 0.00015 g);
///   ν_eff = (7/144)² / ((1/36)²/2) = 49/8 = 6.125 (weights: 6.125 to 6.141) → 6 → k = t95(6) = 2.45;
///   U = 2.45 × 0.22048 = 0.5402 → 0.54 g, two decimals.
/// Three equal readings: u_A = 0 → ν_eff infinite → k = 2;
///   15 kg: u_c² = 1/48 + 0.012² = 0.0209773 → u_c = 0.144836 g, U = 0.28967 → 0.29 g.
/// Every |E| is below its MPE and 3U (1.62 g, 0.87 g) is below every MPE (2.5 g, 5 g, 7.5 g).
/// </summary>
public class ElectronicPriceScaleVerificationTests
{
    private static readonly UncertaintyComponent Resolution = new("resolution of the change-point method 0.1e", 0.5 / (2.0 * Math.Sqrt(3.0)), null);

    private static MeasurementPoint Load(decimal nominal, decimal mpe, double? weightsUOverK, params decimal[] readings) =>
        new(
            "mass",
            "g",
            nominal,
            readings,
            mpe,
            weightsUOverK is { } w ? [Resolution, new UncertaintyComponent("F1 weights U/k", w, null)] : [Resolution]);

    private static List<MeasurementPoint> Scale(decimal readingAt15Kg) =>
    [
        Load(0m, 2.5m, null, 0.0m, 0.0m, 0.5m),
        Load(500m, 2.5m, 0.0004, 500.5m, 500.0m, 500.5m),
        Load(2000m, 2.5m, 0.0015, 2001.0m, 2001.0m, 2001.5m),
        Load(10000m, 5.0m, 0.008, 10003.0m, 10003.5m, 10003.0m),
        Load(15000m, 7.5m, 0.012, readingAt15Kg, readingAt15Kg, readingAt15Kg),
    ];

    private static MeasurementEvaluation Verify(decimal readingAt15Kg = 15005.0m) =>
        MeasurementEvaluator.Evaluate(MeasurementPurpose.Verification, DecisionRule.Jjf1094, Scale(readingAt15Kg));

    // r̄ = a + 1/6 rounded to 0.01 g; E = r̄ − x₀; verdict |E| ≤ MPE.
    [TestCase(0, "0.17", "0.17", "0.54", "2.45", PointVerdict.Pass, TestName = "Zero load: mean 0.17 g, error +0.17 g, U 0.54 g, pass within 2.5 g")]
    [TestCase(1, "500.33", "0.33", "0.54", "2.45", PointVerdict.Pass, TestName = "500 g: mean 500.33 g, error +0.33 g, U 0.54 g, pass within 2.5 g")]
    [TestCase(2, "2001.17", "1.17", "0.54", "2.45", PointVerdict.Pass, TestName = "2 kg: mean 2001.17 g, error +1.17 g, U 0.54 g, pass within 2.5 g")]
    [TestCase(3, "10003.17", "3.17", "0.54", "2.45", PointVerdict.Pass, TestName = "10 kg: mean 10003.17 g, error +3.17 g, U 0.54 g, pass within 5 g")]
    [TestCase(4, "15005.00", "5.00", "0.29", "2", PointVerdict.Pass, TestName = "15 kg: mean 15005.00 g, error +5.00 g, U 0.29 g with k 2, pass within 7.5 g")]
    public void Each_load_point_reports_mean_error_U_and_verdict(int index, string mean, string error, string u, string k, PointVerdict verdict)
    {
        var point = Verify().Points[index];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(point.ReportedMean, Is.EqualTo(Dec(mean)));
            Assert.That(point.ReportedError, Is.EqualTo(Dec(error)));
            Assert.That(point.ExpandedUncertainty, Is.EqualTo(Dec(u)));
            Assert.That(point.DecimalPlaces, Is.EqualTo(2));
            Assert.That(point.CoverageFactor, Is.EqualTo(Dec(k)));
            Assert.That(point.Verdict, Is.EqualTo(verdict));
        }
    }

    [Test]
    public void Three_readings_a_a_and_a_plus_half_a_gram_give_a_type_A_of_one_sixth_gram_with_two_degrees_of_freedom()
    {
        var point = Verify().Points[1];

        Assert.That(point.TypeAStandardUncertainty, Is.EqualTo(1.0 / 6.0).Within(1e-12));
        Assert.That(point.TypeADegreesOfFreedom, Is.EqualTo(2));
    }

    [Test]
    public void At_zero_load_the_effective_degrees_of_freedom_are_exactly_49_over_8()
    {
        Assert.That(Verify().Points[0].EffectiveDegreesOfFreedom, Is.EqualTo(49.0 / 8.0).Within(1e-9));
    }

    [Test]
    public void At_zero_load_the_combined_uncertainty_is_root_7_over_12_gram()
    {
        Assert.That(Verify().Points[0].CombinedStandardUncertainty, Is.EqualTo(Math.Sqrt(7.0) / 12.0).Within(1e-12));
    }

    [Test]
    public void Equal_readings_leave_only_infinite_degrees_of_freedom_so_k_is_2()
    {
        var point = Verify().Points[4];

        Assert.That(point.EffectiveDegreesOfFreedom, Is.Null);
        Assert.That(point.CombinedStandardUncertainty, Is.EqualTo(Math.Sqrt((1.0 / 48.0) + (0.012 * 0.012))).Within(1e-12));
    }

    [Test]
    public void A_scale_within_MPE_at_every_load_passes_verification()
    {
        Assert.That(Verify().Conclusion, Is.EqualTo(OverallConclusion.Pass));
    }

    [Test]
    public void A_scale_reading_8_g_high_at_15_kg_fails_that_point_and_the_verification()
    {
        // E = 15008 − 15000 = 8.00 g > 7.5 g; U stays 0.29 g.
        var evaluation = Verify(readingAt15Kg: 15008.0m);

        Assert.That(evaluation.Points[4].ReportedError, Is.EqualTo(8.00m));
        Assert.That(evaluation.Points[4].Verdict, Is.EqualTo(PointVerdict.Fail));
        Assert.That(evaluation.Conclusion, Is.EqualTo(OverallConclusion.Fail));
    }

    [Test]
    public void The_evaluation_records_JJF_1094_as_its_decision_rule()
    {
        Assert.That(Verify().DecisionRule, Is.EqualTo(DecisionRule.Jjf1094));
    }

    private static decimal Dec(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
