using Lims.Domain.Common;
using Lims.Domain.Measurements;

namespace Lims.Domain.Tests.Measurements;

public class InputValidationTests
{
    private static readonly UncertaintyComponent Resolution = new("resolution", 0.1, null);

    private static MeasurementPoint Point(
        decimal[]? readings = null, decimal? mpe = 1m, UncertaintyComponent? component = null, string quantity = "mass") =>
        new(quantity, "g", 10m, readings ?? [10.1m, 10.2m], mpe, [component ?? Resolution]);

    private static IEnumerable<TestCaseData> RefusedPoints()
    {
        yield return new TestCaseData(Point(readings: []), "readings-required").SetName("A point without readings is refused");
        yield return new TestCaseData(Point(quantity: " "), "quantity-required").SetName("A point without a quantity is refused");
        yield return new TestCaseData(Point(component: new("u", double.NaN, null)), "number-not-finite").SetName("A standard uncertainty that is not a number is refused");
        yield return new TestCaseData(Point(component: new("u", double.PositiveInfinity, null)), "number-not-finite").SetName("An infinite standard uncertainty is refused");
        yield return new TestCaseData(Point(component: new("u", 0.1, double.PositiveInfinity)), "number-not-finite").SetName("Infinite degrees of freedom given as a number are refused");
        yield return new TestCaseData(Point(component: new("u", 0.1, double.NaN)), "number-not-finite").SetName("Degrees of freedom that are not a number are refused");
        yield return new TestCaseData(Point(component: new("u", -0.1, null)), "standard-uncertainty-negative").SetName("A negative standard uncertainty is refused");
        yield return new TestCaseData(Point(component: new("u", 0.1, 0.0)), "degrees-of-freedom-not-positive").SetName("Zero degrees of freedom are refused");
        yield return new TestCaseData(Point(component: new("u", 0.1, -3.0)), "degrees-of-freedom-not-positive").SetName("Negative degrees of freedom are refused");
        yield return new TestCaseData(Point(mpe: 0m), "mpe-not-positive").SetName("An MPE of zero is refused");
        yield return new TestCaseData(Point(mpe: -1m), "mpe-not-positive").SetName("A negative MPE is refused");
        yield return new TestCaseData(Point(readings: [10m], component: new("u", 0.0, null)), "uncertainty-zero").SetName("A point with no uncertainty at all is refused");
        yield return new TestCaseData(Point(readings: [10m], component: new("u", 0.1, 0.5)), "degrees-of-freedom-too-small").SetName("Effective degrees of freedom below one are refused");
        yield return new TestCaseData(Point(readings: [10m], component: new("u", 1e-30, null)), "uncertainty-out-of-range").SetName("An uncertainty too small to report is refused");
    }

    [TestCaseSource(nameof(RefusedPoints))]
    public void Refused_point(MeasurementPoint point, string code)
    {
        var refused = Assert.Throws<DomainRuleException>(() => MeasurementEvaluator.Evaluate(MeasurementPurpose.Calibration, DecisionRule.SimpleAcceptance, [point]));

        Assert.That(refused.Code, Is.EqualTo(code));
    }

    [Test]
    public void An_evaluation_without_points_is_refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => MeasurementEvaluator.Evaluate(MeasurementPurpose.Calibration, DecisionRule.SimpleAcceptance, []));

        Assert.That(refused.Code, Is.EqualTo("points-required"));
    }

    [Test]
    public void The_message_names_the_point_and_the_component()
    {
        var refused = Assert.Throws<DomainRuleException>(() => MeasurementEvaluator.Evaluate(
            MeasurementPurpose.Calibration, DecisionRule.SimpleAcceptance, [Point(component: new("reference weight", -0.1, null))]));

        Assert.That(refused.Message, Does.StartWith("mass at 10 g: the value of the uncertainty component 'reference weight' is negative"));
    }
}
