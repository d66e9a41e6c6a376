using System.Globalization;
using Lims.Domain.Measurements;

namespace Lims.Domain.Tests.Measurements;

/// <summary>Rule 2's model: distributions and divisors, sensitivity coefficients, relative components, a correlated pair.</summary>
public class MeasurementModelTests
{
    private static PointResult Evaluate(IReadOnlyList<UncertaintyComponent> components, decimal reading = 10m, Correlation? correlation = null) =>
        PointEvaluator.Evaluate(
            new MeasurementPoint("voltage", "V", 10m, [reading], null, components) { Correlation = correlation },
            new EvaluationMethod(MeasurementPurpose.Calibration, DecisionRule.SimpleAcceptance));

    // A value of 6 and what each distribution makes of it.
    [TestCase(Distribution.Standard, 2.0, 6.0)]
    [TestCase(Distribution.Normal, 2.0, 3.0)]
    [TestCase(Distribution.Normal, 3.0, 2.0)]
    [TestCase(Distribution.Rectangular, 2.0, 3.4641016151377544)]
    [TestCase(Distribution.Triangular, 2.0, 2.4494897427831779)]
    [TestCase(Distribution.UShaped, 2.0, 4.2426406871192848)]
    public void Each_distribution_divides_the_value_by_its_divisor(Distribution distribution, double k, double expected)
    {
        var result = Evaluate([new UncertaintyComponent("input", 6.0, null) { Distribution = distribution, CoverageFactor = k }]);

        Assert.That(result.CombinedStandardUncertainty, Is.EqualTo(expected).Within(1e-12));
    }

    [TestCase(1.0, 2.0)]
    [TestCase(-3.0, 6.0)]
    [TestCase(0.0, null)]
    public void The_sensitivity_coefficient_scales_the_contribution(double c, double? expected)
    {
        UncertaintyComponent[] components = [new UncertaintyComponent("input", 2.0, null) { SensitivityCoefficient = c }];

        if (expected is null)
        {
            Assert.That(() => Evaluate(components), Throws.TypeOf<Lims.Domain.Common.DomainRuleException>());
            return;
        }

        var result = Evaluate(components);
        Assert.Multiple(() =>
        {
            Assert.That(result.CombinedStandardUncertainty, Is.EqualTo(expected.Value).Within(1e-12));
            Assert.That(result.Budget[0].Contribution, Is.EqualTo(c * 2.0).Within(1e-12));
        });
    }

    // Relative to the mean reading: 50 ppm of 10 V is 0.5 mV; 0.1 % of −200 V is 0.2 V.
    [TestCase(ComponentScale.PartsPerMillion, 50.0, "10", 0.0005)]
    [TestCase(ComponentScale.Percent, 0.1, "-200", 0.2)]
    [TestCase(ComponentScale.Absolute, 0.1, "-200", 0.1)]
    public void A_relative_component_is_taken_of_the_mean_reading(ComponentScale scale, double value, string reading, double expected)
    {
        var result = Evaluate([new UncertaintyComponent("calibrator", value, null) { Scale = scale }], decimal.Parse(reading, CultureInfo.InvariantCulture));

        Assert.That(result.CombinedStandardUncertainty, Is.EqualTo(expected).Within(1e-15));
    }

    // u₁ = 3, u₂ = 4 (c₂ as given): u_c² = 9 + 16 + 2·r·3·(4c₂)   (JCGM 100 5.2.2)
    [TestCase(0.0, 1.0, 5.0)]
    [TestCase(1.0, 1.0, 7.0)]
    [TestCase(-1.0, 1.0, 1.0)]
    [TestCase(0.5, 1.0, 6.0827625302982193)]
    [TestCase(1.0, -1.0, 1.0)]
    public void A_correlated_pair_adds_twice_r_times_both_contributions(double r, double c2, double expected)
    {
        UncertaintyComponent[] components = [new("first resistor", 3.0, null), new UncertaintyComponent("second resistor", 4.0, null) { SensitivityCoefficient = c2 }];

        var result = Evaluate(components, correlation: new Correlation("first resistor", "second resistor", r));

        Assert.That(result.CombinedStandardUncertainty, Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void Two_fully_correlated_equal_inputs_that_cancel_leave_no_uncertainty_and_are_refused()
    {
        UncertaintyComponent[] components = [new("a", 3.0, null), new("b", 3.0, null)];

        Assert.That(() => Evaluate(components, correlation: new Correlation("a", "b", -1.0)),
            Throws.TypeOf<Lims.Domain.Common.DomainRuleException>().With.Property("Code").EqualTo("uncertainty-zero"));
    }

    [TestCase("a", "a", 0.5)]
    [TestCase("a", "missing", 0.5)]
    [TestCase("a", "b", 1.5)]
    public void A_correlation_must_name_two_components_and_lie_within_minus_one_and_one(string first, string second, double r)
    {
        UncertaintyComponent[] components = [new("a", 3.0, null), new("b", 4.0, null)];

        Assert.That(() => Evaluate(components, correlation: new Correlation(first, second, r)),
            Throws.TypeOf<Lims.Domain.Common.DomainRuleException>().With.Property("Code").EqualTo("correlation-invalid"));
    }
}
