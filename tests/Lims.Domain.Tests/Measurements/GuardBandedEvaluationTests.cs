using Lims.Domain.Measurements;

namespace Lims.Domain.Tests.Measurements;

/// <summary>
/// Calibration, guard-banded, MPE = 1.00 g and U = 0.10 g (see <see cref="TestPoints"/>): the
/// verdict is decided on E rounded to U's decimal place (0.01 g), half to even.
/// </summary>
public class GuardBandedEvaluationTests
{
    [TestCase(100.90, PointVerdict.Pass, TestName = "An error of exactly MPE − U passes")]
    [TestCase(99.10, PointVerdict.Pass, TestName = "An error of exactly −(MPE − U) passes")]
    [TestCase(100.904, PointVerdict.Pass, TestName = "An error of 0.904 is reported as 0.90 and passes")]
    [TestCase(100.91, PointVerdict.ConditionalPass, TestName = "An error just above MPE − U is a conditional pass")]
    [TestCase(101.10, PointVerdict.ConditionalFail, TestName = "An error of exactly MPE + U is a conditional fail")]
    [TestCase(98.90, PointVerdict.ConditionalFail, TestName = "An error of exactly −(MPE + U) is a conditional fail")]
    [TestCase(101.105, PointVerdict.ConditionalFail, TestName = "An error of 1.105 is reported half to even as 1.10 and is a conditional fail")]
    [TestCase(101.1051, PointVerdict.Fail, TestName = "An error of 1.1051 is reported as 1.11 and fails")]
    [TestCase(101.11, PointVerdict.Fail, TestName = "An error just above MPE + U fails")]
    [TestCase(98.89, PointVerdict.Fail, TestName = "An error just below −(MPE + U) fails")]
    public void Guard_banded_verdict_at_the_edges(decimal reading, PointVerdict expected)
    {
        var evaluation = MeasurementEvaluator.Evaluate(
            MeasurementPurpose.Calibration, DecisionRule.GuardBanded, [TestPoints.WithUOfOneTenth(100m, reading, 1.00m)]);

        Assert.That(evaluation.Points[0].ExpandedUncertainty, Is.EqualTo(0.10m));
        Assert.That(evaluation.Points[0].Verdict, Is.EqualTo(expected));
    }

    [Test]
    public void A_conditional_point_makes_the_calibration_conditional()
    {
        MeasurementPoint[] points = [TestPoints.WithUOfOneTenth(100m, 100.20m, 1.00m), TestPoints.WithUOfOneTenth(200m, 201.00m, 1.00m)];

        var evaluation = MeasurementEvaluator.Evaluate(MeasurementPurpose.Calibration, DecisionRule.GuardBanded, points);

        Assert.That(evaluation.Conclusion, Is.EqualTo(OverallConclusion.Conditional));
    }
}
