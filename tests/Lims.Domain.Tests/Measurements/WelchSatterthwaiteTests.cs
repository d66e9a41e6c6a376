using Lims.Domain.Measurements;

namespace Lims.Domain.Tests.Measurements;

public class WelchSatterthwaiteTests
{
    [Test]
    public void Two_finite_components_combine_by_hand_computed_welch_satterthwaite()
    {
        // u_c² = 3² + 4² = 25; ν_eff = 25² / (3⁴/2 + 4⁴/8) = 625 / (40.5 + 32) = 625/72.5 = 8.620689655…
        UncertaintyComponent[] components = [new("a", 3.0, 2.0), new("b", 4.0, 8.0)];

        Assert.That(WelchSatterthwaite.EffectiveDegreesOfFreedom(components), Is.EqualTo(625.0 / 72.5).Within(1e-12));
    }

    [Test]
    public void An_infinite_component_adds_to_the_numerator_only()
    {
        // u_c² = 25; ν_eff = 625 / (3⁴/4) = 2500/81 = 30.864197…
        UncertaintyComponent[] components = [new("a", 3.0, 4.0), new("b", 4.0, null)];

        Assert.That(WelchSatterthwaite.EffectiveDegreesOfFreedom(components), Is.EqualTo(2500.0 / 81.0).Within(1e-12));
    }

    [Test]
    public void A_single_component_keeps_its_own_degrees_of_freedom()
    {
        UncertaintyComponent[] components = [new("a", 0.7, 5.0)];

        Assert.That(WelchSatterthwaite.EffectiveDegreesOfFreedom(components), Is.EqualTo(5.0).Within(1e-12));
    }

    [Test]
    public void Components_in_nanometres_expressed_in_metres_give_the_same_result()
    {
        UncertaintyComponent[] components = [new("a", 3e-9, 2.0), new("b", 4e-9, 8.0)];

        Assert.That(WelchSatterthwaite.EffectiveDegreesOfFreedom(components), Is.EqualTo(625.0 / 72.5).Within(1e-9));
    }

    [Test]
    public void All_components_infinite_give_infinite_degrees_of_freedom()
    {
        UncertaintyComponent[] components = [new("a", 3.0, null), new("b", 4.0, null)];

        Assert.That(WelchSatterthwaite.EffectiveDegreesOfFreedom(components), Is.Null);
    }

    [Test]
    public void A_zero_component_with_finite_degrees_of_freedom_does_not_count()
    {
        // A repeatability of exactly zero (identical readings) has ν = n − 1 but contributes 0⁴/ν = 0.
        UncertaintyComponent[] components = [new("type A", 0.0, 2.0), new("resolution", 0.5, null)];

        Assert.That(WelchSatterthwaite.EffectiveDegreesOfFreedom(components), Is.Null);
    }
}
