using Lims.Domain.Common;
using Lims.Domain.Measurements;

namespace Lims.Domain.Tests.Measurements;

/// <summary>Rule 3 for verification: JJF 1094 5.3, and the refusals that remain.</summary>
public class VerificationRulesTests
{
    [TestCase(DecisionRule.GuardBanded)]
    [TestCase(DecisionRule.SimpleAcceptance)]
    public void Verification_is_judged_by_JJF_1094_only(DecisionRule rule)
    {
        var refused = Assert.Throws<DomainRuleException>(() => MeasurementEvaluator.Evaluate(
            MeasurementPurpose.Verification, rule, [TestPoints.WithUOfOneTenth(100m, 100.2m, 1.00m)]));

        Assert.That(refused.Code, Is.EqualTo("decision-rule-not-allowed"));
    }

    [Test]
    public void Calibration_refuses_the_verification_rule()
    {
        var refused = Assert.Throws<DomainRuleException>(() => MeasurementEvaluator.Evaluate(
            MeasurementPurpose.Calibration, DecisionRule.Jjf1094, [TestPoints.WithUOfOneTenth(100m, 100.2m, 1.00m)]));

        Assert.That(refused.Code, Is.EqualTo("decision-rule-not-allowed"));
    }

    [Test]
    public void Verification_refuses_a_point_without_MPE()
    {
        MeasurementPoint[] points = [TestPoints.WithUOfOneTenth(100m, 100.2m, 1.00m), TestPoints.WithUOfOneTenth(200m, 200.2m, null)];

        var refused = Assert.Throws<DomainRuleException>(() => MeasurementEvaluator.Evaluate(MeasurementPurpose.Verification, DecisionRule.Jjf1094, points));

        Assert.That(refused.Code, Is.EqualTo("mpe-required"));
        Assert.That(refused.Message, Does.Contain("mass at 200 g"));
    }

    // U = 0.10 g throughout (TestPoints). MPE 0.30 g: 3U = MPE, U is neglected: simple acceptance.
    // MPE 0.29 g: 3U > MPE, U counts: pass up to 0.19, fail beyond 0.39, undetermined between.
    [TestCase(0.30, 2000.30, PointVerdict.Pass, true, TestName = "U of exactly MPE/3 is neglected: E = MPE passes")]
    [TestCase(0.30, 2000.31, PointVerdict.Fail, true, TestName = "U of exactly MPE/3 is neglected: E just beyond MPE fails")]
    [TestCase(0.29, 2000.19, PointVerdict.Pass, false, TestName = "U above MPE/3: E = MPE − U passes")]
    [TestCase(0.29, 1999.81, PointVerdict.Pass, false, TestName = "U above MPE/3: E = −(MPE − U) passes")]
    [TestCase(0.29, 2000.20, PointVerdict.Undetermined, false, TestName = "U above MPE/3: E just beyond MPE − U is undetermined")]
    [TestCase(0.29, 2000.29, PointVerdict.Undetermined, false, TestName = "U above MPE/3: E = MPE is undetermined")]
    [TestCase(0.29, 2000.39, PointVerdict.Undetermined, false, TestName = "U above MPE/3: E = MPE + U is undetermined")]
    [TestCase(0.29, 1999.61, PointVerdict.Undetermined, false, TestName = "U above MPE/3: E = −(MPE + U) is undetermined")]
    [TestCase(0.29, 2000.40, PointVerdict.Fail, false, TestName = "U above MPE/3: E beyond MPE + U fails")]
    [TestCase(0.29, 1999.60, PointVerdict.Fail, false, TestName = "U above MPE/3: E beyond −(MPE + U) fails")]
    public void The_JJF_1094_zones(decimal mpe, decimal reading, PointVerdict expected, bool neglected)
    {
        var point = MeasurementEvaluator.Evaluate(MeasurementPurpose.Verification, DecisionRule.Jjf1094, [TestPoints.WithUOfOneTenth(2000m, reading, mpe)]).Points[0];

        Assert.Multiple(() =>
        {
            Assert.That(point.ExpandedUncertainty, Is.EqualTo(0.10m));
            Assert.That(point.Verdict, Is.EqualTo(expected));
            Assert.That(point.UncertaintyNeglected, Is.EqualTo(neglected));
        });
    }

    [Test]
    public void An_undetermined_point_makes_the_verification_undetermined_and_a_failing_one_fails_it()
    {
        var undetermined = TestPoints.WithUOfOneTenth(2000m, 2000.25m, 0.29m);
        var failing = TestPoints.WithUOfOneTenth(1000m, 1000.50m, 0.29m);

        Assert.Multiple(() =>
        {
            Assert.That(MeasurementEvaluator.Evaluate(MeasurementPurpose.Verification, DecisionRule.Jjf1094, [undetermined]).Conclusion, Is.EqualTo(OverallConclusion.Undetermined));
            Assert.That(MeasurementEvaluator.Evaluate(MeasurementPurpose.Verification, DecisionRule.Jjf1094, [undetermined, failing]).Conclusion, Is.EqualTo(OverallConclusion.Fail));
        });
    }

    /// <summary>
    /// The scale of issue 22: readings 10.02, 10.03, 10.025 kg at 10 kg, MPE ±0.010 kg, resolution
    /// 0.005 kg. r̄ = 10.025, E = 0.025; s = 0.005, u_A = 0.0028868 (ν = 2); resolution
    /// 0.0025/√3 = 0.0014434; u_c = 0.0032275, ν_eff = 3.125 → k = t95(3) = 3.18, U = 0.010264 → 0.010.
    /// E = 0.025 &gt; MPE + U = 0.020: it fails. It is recorded, never refused.
    /// </summary>
    [Test]
    public void An_instrument_whose_readings_scatter_fails_and_is_not_refused()
    {
        var point = new MeasurementPoint("mass", "kg", 10.000m, [10.02m, 10.03m, 10.025m], 0.010m,
            [new UncertaintyComponent("resolution d/2", 0.0025, null) { Distribution = Distribution.Rectangular }]);

        var evaluation = MeasurementEvaluator.Evaluate(EvaluationMethod.Verification, [point]);

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Points[0].CoverageFactor, Is.EqualTo(3.18m));
            Assert.That(evaluation.Points[0].ExpandedUncertainty, Is.EqualTo(0.010m));
            Assert.That(evaluation.Points[0].ReportedError, Is.EqualTo(0.025m));
            Assert.That(evaluation.Points[0].Verdict, Is.EqualTo(PointVerdict.Fail));
            Assert.That(evaluation.Conclusion, Is.EqualTo(OverallConclusion.Fail));
        });
    }

    [TestCase("10.000 10.004 10.008", 0.010, PointVerdict.Pass, TestName = "A spread of 0.008 within |MPE| 0.010 passes")]
    [TestCase("10.000 10.010", 0.010, PointVerdict.Pass, TestName = "A spread equal to |MPE| passes")]
    [TestCase("10.02 10.03 10.025", 0.005, PointVerdict.Fail, TestName = "A spread of 0.010 beyond |MPE| 0.005 fails")]
    public void Repeatability_is_judged_on_the_spread_of_the_readings(string readings, decimal mpe, PointVerdict expected)
    {
        var values = readings.Split(' ').Select(r => decimal.Parse(r, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.That(SpreadCheck.Decide(values, mpe), Is.EqualTo(expected));
    }
}
