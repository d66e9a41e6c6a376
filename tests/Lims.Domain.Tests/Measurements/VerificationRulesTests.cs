using Lims.Domain.Common;
using Lims.Domain.Measurements;

namespace Lims.Domain.Tests.Measurements;

public class VerificationRulesTests
{
    [Test]
    public void Verification_refuses_the_guard_banded_decision_rule()
    {
        var refused = Assert.Throws<DomainRuleException>(() => MeasurementEvaluator.Evaluate(
            MeasurementPurpose.Verification, DecisionRule.GuardBanded, [TestPoints.WithUOfOneTenth(100m, 100.2m, 1.00m)]));

        Assert.That(refused.Code, Is.EqualTo("decision-rule-not-allowed"));
    }

    [Test]
    public void Verification_refuses_a_point_without_MPE()
    {
        MeasurementPoint[] points = [TestPoints.WithUOfOneTenth(100m, 100.2m, 1.00m), TestPoints.WithUOfOneTenth(200m, 200.2m, null)];

        var refused = Assert.Throws<DomainRuleException>(() => MeasurementEvaluator.Evaluate(MeasurementPurpose.Verification, DecisionRule.SimpleAcceptance, points));

        Assert.That(refused.Code, Is.EqualTo("mpe-required"));
        Assert.That(refused.Message, Does.Contain("mass at 200 g"));
    }

    [Test]
    public void Verification_refuses_U_larger_than_a_third_of_MPE()
    {
        // U = 0.10 g, MPE = 0.29 g: 3U = 0.30 g > 0.29 g.
        var refused = Assert.Throws<DomainRuleException>(() => MeasurementEvaluator.Evaluate(
            MeasurementPurpose.Verification, DecisionRule.SimpleAcceptance, [TestPoints.WithUOfOneTenth(2000m, 2000.05m, 0.29m)]));

        Assert.That(refused.Code, Is.EqualTo("uncertainty-too-large"));
    }

    [Test]
    public void The_refusal_names_the_point_and_states_U_the_MPE_and_a_third_of_it()
    {
        // MPE/3 = 0.0966… g is shown cut to one place finer than U: 0.096 g.
        var refused = Assert.Throws<DomainRuleException>(() => MeasurementEvaluator.Evaluate(
            MeasurementPurpose.Verification, DecisionRule.SimpleAcceptance, [TestPoints.WithUOfOneTenth(2000m, 2000.05m, 0.29m)]));

        Assert.That(refused.Message, Is.EqualTo(
            "mass at 2000 g: the expanded uncertainty U = 0.10 g (k = 2) is larger than one third of the maximum permissible error ±0.29 g, which is 0.096 g. "
            + "The measurement is not accurate enough to support a verification verdict: use a more accurate standard or finer resolution, or take more readings."));
    }

    [Test]
    public void Verification_accepts_U_of_exactly_a_third_of_MPE()
    {
        // U = 0.10 g, MPE = 0.30 g: 3U = MPE.
        var evaluation = MeasurementEvaluator.Evaluate(
            MeasurementPurpose.Verification, DecisionRule.SimpleAcceptance, [TestPoints.WithUOfOneTenth(2000m, 2000.05m, 0.30m)]);

        Assert.That(evaluation.Conclusion, Is.EqualTo(OverallConclusion.Pass));
    }

    [Test]
    public void Calibration_states_a_verdict_even_when_U_is_larger_than_a_third_of_MPE()
    {
        var evaluation = MeasurementEvaluator.Evaluate(
            MeasurementPurpose.Calibration, DecisionRule.SimpleAcceptance, [TestPoints.WithUOfOneTenth(2000m, 2000.05m, 0.29m)]);

        Assert.That(evaluation.Points[0].Verdict, Is.EqualTo(PointVerdict.Pass));
    }
}
