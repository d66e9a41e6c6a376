using Lims.Domain.Measurements;

namespace Lims.Domain.Tests.Measurements;

public class ConformityDecisionTests
{
    [TestCase(0.00, PointVerdict.Pass)]
    [TestCase(1.00, PointVerdict.Pass)]
    [TestCase(-1.00, PointVerdict.Pass)]
    [TestCase(1.01, PointVerdict.Fail)]
    [TestCase(-1.01, PointVerdict.Fail)]
    public void Simple_acceptance_passes_up_to_and_including_the_MPE(decimal error, PointVerdict expected)
    {
        Assert.That(ConformityDecision.Decide(DecisionRule.SimpleAcceptance, error, 1.00m, 0.10m), Is.EqualTo(expected));
    }

    // MPE = 1.00, U = 0.10: acceptance limit MPE − U = 0.90, rejection limit MPE + U = 1.10.
    [TestCase(0.00, PointVerdict.Pass)]
    [TestCase(0.90, PointVerdict.Pass)]
    [TestCase(-0.90, PointVerdict.Pass)]
    [TestCase(0.91, PointVerdict.ConditionalPass)]
    [TestCase(1.00, PointVerdict.ConditionalPass)]
    [TestCase(1.10, PointVerdict.ConditionalFail)]
    [TestCase(-1.10, PointVerdict.ConditionalFail)]
    [TestCase(1.11, PointVerdict.Fail)]
    [TestCase(-1.11, PointVerdict.Fail)]
    public void Guard_banded_passes_up_to_MPE_minus_U_and_fails_beyond_MPE_plus_U(decimal error, PointVerdict expected)
    {
        Assert.That(ConformityDecision.Decide(DecisionRule.GuardBanded, error, 1.00m, 0.10m), Is.EqualTo(expected));
    }
}
