using Lims.Domain.Measurements;

namespace Lims.Domain.Tests.Measurements;

public class OverallConclusionTests
{
    // Verdicts as words separated by spaces; "None" is a point without MPE (no verdict).
    [TestCase(MeasurementPurpose.Verification, "Pass Pass Pass", OverallConclusion.Pass)]
    [TestCase(MeasurementPurpose.Verification, "Pass Fail Pass", OverallConclusion.Fail)]
    [TestCase(MeasurementPurpose.Verification, "Fail", OverallConclusion.Fail)]
    [TestCase(MeasurementPurpose.Verification, "Pass Undetermined", OverallConclusion.Undetermined)]
    [TestCase(MeasurementPurpose.Verification, "Undetermined Fail", OverallConclusion.Fail)]
    [TestCase(MeasurementPurpose.Calibration, "None None", OverallConclusion.NotStated)]
    [TestCase(MeasurementPurpose.Calibration, "Pass Pass", OverallConclusion.Pass)]
    [TestCase(MeasurementPurpose.Calibration, "None Pass", OverallConclusion.Pass)]
    [TestCase(MeasurementPurpose.Calibration, "Pass ConditionalPass Pass", OverallConclusion.Conditional)]
    [TestCase(MeasurementPurpose.Calibration, "ConditionalFail Fail", OverallConclusion.Fail)]
    [TestCase(MeasurementPurpose.Calibration, "None Fail Pass", OverallConclusion.Fail)]
    [TestCase(MeasurementPurpose.Calibration, "Pass ConditionalFail", OverallConclusion.Conditional)]
    public void The_overall_conclusion_follows_from_the_point_verdicts(MeasurementPurpose purpose, string verdicts, OverallConclusion expected)
    {
        var parsed = verdicts.Split(' ').Select(v => v == "None" ? (PointVerdict?)null : Enum.Parse<PointVerdict>(v)).ToList();

        Assert.That(OverallConclusionRule.Conclude(purpose, parsed), Is.EqualTo(expected));
    }

    [Test]
    public void A_calibration_without_any_MPE_states_no_conclusion()
    {
        MeasurementPoint[] points = [TestPoints.WithUOfOneTenth(100m, 100.2m, null), TestPoints.WithUOfOneTenth(200m, 200.2m, null)];

        var evaluation = MeasurementEvaluator.Evaluate(MeasurementPurpose.Calibration, DecisionRule.SimpleAcceptance, points);

        Assert.That(evaluation.Conclusion, Is.EqualTo(OverallConclusion.NotStated));
    }

    [Test]
    public void A_calibration_with_one_failing_point_fails()
    {
        MeasurementPoint[] points = [TestPoints.WithUOfOneTenth(100m, 100.2m, null), TestPoints.WithUOfOneTenth(200m, 201.5m, 1.00m)];

        var evaluation = MeasurementEvaluator.Evaluate(MeasurementPurpose.Calibration, DecisionRule.SimpleAcceptance, points);

        Assert.That(evaluation.Conclusion, Is.EqualTo(OverallConclusion.Fail));
    }
}
