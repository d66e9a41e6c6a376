using Lims.Domain.Measurements;

namespace Lims.Domain.Tests.Measurements;

public class TypeAUncertaintyTests
{
    private static PointResult Evaluate(params decimal[] readings) =>
        MeasurementEvaluator.Evaluate(
            MeasurementPurpose.Calibration,
            DecisionRule.SimpleAcceptance,
            [new MeasurementPoint("voltage", "V", 2m, readings, null, [new UncertaintyComponent("standard U/k", 0.3, null)])]).Points[0];

    [Test]
    public void A_single_reading_has_no_type_A_component()
    {
        var result = Evaluate(2.4m);

        Assert.That(result.TypeAStandardUncertainty, Is.Null);
        Assert.That(result.TypeADegreesOfFreedom, Is.Null);
    }

    [Test]
    public void A_single_reading_is_evaluated_with_the_type_B_components_alone()
    {
        // u_c = 0.3 V, ν infinite, k = 2, U = 0.60 V.
        var result = Evaluate(2.4m);

        Assert.That(result.CombinedStandardUncertainty, Is.EqualTo(0.3).Within(1e-15));
        Assert.That(result.ExpandedUncertainty, Is.EqualTo(0.60m));
    }

    [Test]
    public void Four_readings_give_s_over_root_four_with_three_degrees_of_freedom()
    {
        // 1, 2, 3, 4: r̄ = 2.5, Σ(r − r̄)² = 5, s = √(5/3) = 1.290994, s/√4 = 0.645497, ν = 3.
        var result = Evaluate(1m, 2m, 3m, 4m);

        Assert.That(result.TypeAStandardUncertainty, Is.EqualTo(Math.Sqrt(5.0 / 3.0) / 2.0).Within(1e-15));
        Assert.That(result.TypeADegreesOfFreedom, Is.EqualTo(3));
    }

    [Test]
    public void Four_readings_combine_with_type_B_by_hand()
    {
        // u_c² = 5/12 + 0.09 = 0.506667, u_c = 0.711805 V;
        // ν_eff = 0.506667² / ((5/12)²/3) = 0.256711 / 0.0578704 = 4.4360 → 4 → k = t95(4) = 2.78;
        // U = 2.78 × 0.711805 = 1.97882 → 2.0 V; E = 2.5 − 2 = 0.5 → 0.5 V.
        var result = Evaluate(1m, 2m, 3m, 4m);

        Assert.That(result.EffectiveDegreesOfFreedom, Is.EqualTo(Math.Pow((5.0 / 12.0) + 0.09, 2) / (Math.Pow(5.0 / 12.0, 2) / 3.0)).Within(1e-9));
        Assert.That(result.CoverageFactor, Is.EqualTo(2.78m));
        Assert.That(result.ExpandedUncertainty.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("2.0"));
        Assert.That(result.ReportedError.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("0.5"));
    }
}
