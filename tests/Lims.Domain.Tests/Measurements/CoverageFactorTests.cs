using Lims.Domain.Common;
using Lims.Domain.Measurements;

namespace Lims.Domain.Tests.Measurements;

public class CoverageFactorTests
{
    [TestCase(1.0, "12.71")]
    [TestCase(6.125, "2.45")]
    [TestCase(16.753, "2.12")]
    [TestCase(16.999, "2.12")]
    [TestCase(15.9999999999, "2.12")]
    [TestCase(29.99, "2.05")]
    [TestCase(30.0, "2")]
    [TestCase(30.864, "2")]
    [TestCase(1000.0, "2")]
    public void The_coverage_factor_is_t95_of_the_truncated_degrees_of_freedom_below_30_and_2_from_30(double effectiveDegreesOfFreedom, string expected)
    {
        Assert.That(CoverageFactor.For(effectiveDegreesOfFreedom), Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void The_coverage_factor_is_2_for_infinite_degrees_of_freedom()
    {
        Assert.That(CoverageFactor.For(null), Is.EqualTo(2m));
    }

    [Test]
    public void Fewer_than_one_effective_degree_of_freedom_is_refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => CoverageFactor.For(0.5));

        Assert.That(refused.Code, Is.EqualTo("degrees-of-freedom-too-small"));
    }
}
