using Lims.Domain.Measurements;

namespace Lims.Domain.Tests.Measurements;

/// <summary>
/// EA-4/02 M:2013 S2, calibration of a 10 kg weight against a 10 kg standard, in milligrams:
///   m_S: U = 45 mg, k = 2 → 22.5 mg;  drift δm_D: ±15 mg rectangular → 8.660 mg;
///   δm: pooled s = 25 mg over 3 comparisons → 25/√3 = 14.434 mg;
///   comparator δm_C and air buoyancy δm_B: ±10 mg rectangular each → 5.774 mg.
///   u_c² = 506.25 + 75 + 208.33 + 33.33 + 33.33 = 856.25 mg² → u_c = 29.26 mg; ν infinite, k = 2,
///   U = 2 × 29.262 = 58.52 mg → 59 mg.
/// With the comparator's correction taken as triangular instead (±10 mg → 4.082 mg):
///   u_c² = 839.58 → u_c = 28.98 mg, U = 57.95 → 58 mg.
/// Observed difference: 0.010, 0.030, 0.020 g → E = +20 mg against the nominal 10 kg + m_S's 5 mg.
/// </summary>
public class EaWeightCalibrationTests
{
    private static MeasurementPoint Weight(Distribution comparator) => new(
        "mass",
        "mg",
        10_000_005m,
        [10_000_015m, 10_000_035m, 10_000_025m],
        null,
        [
            new UncertaintyComponent("reference standard m_S", 45.0, null) { Distribution = Distribution.Normal, CoverageFactor = 2.0 },
            new UncertaintyComponent("drift of the standard δm_D", 15.0, null) { Distribution = Distribution.Rectangular },
            new UncertaintyComponent("pooled repeatability s/√3", 25.0 / Math.Sqrt(3.0), null),
            new UncertaintyComponent("comparator δm_C", 10.0, null) { Distribution = comparator },
            new UncertaintyComponent("air buoyancy δm_B", 10.0, null) { Distribution = Distribution.Rectangular },
        ]);

    /// <summary>The pooled repeatability replaces the three readings' own Type A, as EA-4/02 does: the readings enter only their mean.</summary>
    private static PointResult Evaluate(Distribution comparator)
    {
        var point = Weight(comparator);
        var mean = point.Readings.Average();
        return PointEvaluator.Evaluate(point with { Readings = [mean] }, new EvaluationMethod(MeasurementPurpose.Calibration, DecisionRule.SimpleAcceptance));
    }

    [TestCase(Distribution.Rectangular, 29.262, "59")]
    [TestCase(Distribution.Triangular, 28.976, "58")]
    public void The_budget_combines_normal_rectangular_and_triangular_inputs(Distribution comparator, double uc, string u)
    {
        var result = Evaluate(comparator);

        Assert.Multiple(() =>
        {
            Assert.That(result.CombinedStandardUncertainty, Is.EqualTo(uc).Within(0.001));
            Assert.That(result.CoverageFactor, Is.EqualTo(2m));
            Assert.That(result.ExpandedUncertainty, Is.EqualTo(decimal.Parse(u, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(result.ReportedError, Is.EqualTo(20m));
        });
    }
}
