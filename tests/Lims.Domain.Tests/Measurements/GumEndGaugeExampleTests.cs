using Lims.Domain.Measurements;

namespace Lims.Domain.Tests.Measurements;

/// <summary>
/// JCGM 100:2008 (GUM) H.1, calibration of a 50 mm end gauge against a standard. The measurand
/// l = 50.000 838 mm is entered as the single reading at nominal 50 mm, in nanometres, so E = 838 nm.
/// The contributions uᵢ = |cᵢ|·u(xᵢ) of Table H.1 (nm, νᵢ):
///   standard's calibration l_s        25    18
///   repeated observations d̄           5.8   24
///   comparator, random effects d₁      3.9    5
///   comparator, systematic effects d₂  6.7    8
///   expansion coefficients δα          2.9   50
///   temperature difference δθ         16.6    2
///   α_s and θ: zero first-order sensitivity, contribution 0.
/// Derivation:
///   u_c² = 625 + 33.64 + 15.21 + 44.89 + 8.41 + 275.56 = 1002.71 nm²  →  u_c = 31.6656 nm (GUM: 32 nm)
///   Σuᵢ⁴/νᵢ = 390625/18 + 1131.6496/24 + 231.3441/5 + 2015.1121/8 + 70.7281/50 + 75933.3136/2
///           = 21701.3889 + 47.1521 + 46.2688 + 251.8890 + 1.4146 + 37966.6568 = 60014.7702
///   ν_eff = 1002.71² / 60014.7702 = 1005427.3441 / 60014.7702 = 16.753  →  16 (GUM: 16.7 → 16)
///   k = t95(16) = 2.1199 → 2.12;  U = 2.12 × 31.6656 nm = 67.13 nm → 67 nm.
/// H.1 itself states only the 99 % result, U99 = t99(16) × 32 nm = 93 nm (H.1.6); 67 nm at 95 % is our computation.
/// </summary>
public class GumEndGaugeExampleTests
{
    private static readonly MeasurementPoint EndGauge = new(
        "length",
        "nm",
        50_000_000m,
        [50_000_838m],
        null,
        [
            new UncertaintyComponent("calibration of the standard l_s", 25.0, 18.0),
            new UncertaintyComponent("repeated observations d̄", 5.8, 24.0),
            new UncertaintyComponent("comparator random effects d1", 3.9, 5.0),
            new UncertaintyComponent("comparator systematic effects d2", 6.7, 8.0),
            new UncertaintyComponent("thermal expansion coefficients δα", 2.9, 50.0),
            new UncertaintyComponent("temperature difference δθ", 16.6, 2.0),
            new UncertaintyComponent("expansion coefficient α_s", 0.0, null),
            new UncertaintyComponent("temperature deviation θ", 0.0, null),
        ]);

    private static PointResult Evaluate() =>
        MeasurementEvaluator.Evaluate(MeasurementPurpose.Calibration, DecisionRule.SimpleAcceptance, [EndGauge]).Points[0];

    [Test]
    public void The_combined_standard_uncertainty_is_the_root_of_1002_71_square_nanometres()
    {
        Assert.That(Evaluate().CombinedStandardUncertainty, Is.EqualTo(Math.Sqrt(1002.71)).Within(1e-9));
    }

    [Test]
    public void The_effective_degrees_of_freedom_are_16_75()
    {
        Assert.That(Evaluate().EffectiveDegreesOfFreedom, Is.EqualTo(1005427.3441 / 60014.770150055556).Within(1e-9));
    }

    [Test]
    public void The_coverage_factor_is_t95_of_16_which_is_2_12()
    {
        Assert.That(Evaluate().CoverageFactor, Is.EqualTo(2.12m));
    }

    [Test]
    public void The_expanded_uncertainty_is_67_nanometres_at_95_percent()
    {
        var result = Evaluate();

        Assert.That(result.UnroundedExpandedUncertainty, Is.EqualTo(2.12 * Math.Sqrt(1002.71)).Within(1e-9));
        Assert.That(result.ExpandedUncertainty, Is.EqualTo(67m));
        Assert.That(result.DecimalPlaces, Is.EqualTo(0));
    }

    [Test]
    public void The_error_is_838_nanometres_reported_to_the_nanometre()
    {
        var result = Evaluate();

        Assert.That(result.ReportedError, Is.EqualTo(838m));
        Assert.That(result.ReportedMean, Is.EqualTo(50_000_838m));
    }

    [Test]
    public void A_single_value_has_no_type_A_component_and_without_an_MPE_no_verdict()
    {
        var evaluation = MeasurementEvaluator.Evaluate(MeasurementPurpose.Calibration, DecisionRule.SimpleAcceptance, [EndGauge]);

        Assert.That(evaluation.Points[0].TypeAStandardUncertainty, Is.Null);
        Assert.That(evaluation.Points[0].Verdict, Is.Null);
        Assert.That(evaluation.Conclusion, Is.EqualTo(OverallConclusion.NotStated));
    }
}
