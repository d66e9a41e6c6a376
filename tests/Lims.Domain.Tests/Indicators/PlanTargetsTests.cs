using Lims.Domain.Indicators;
using Lims.Domain.ReferenceData;

namespace Lims.Domain.Tests.Indicators;

/// <summary>Rule 16: a report compares each figure with the target that applies to its scope.</summary>
public sealed class PlanTargetsTests
{
    // scope: null = the city's totals; coverage %, pass rate %, public standards, fees waived (CNY); -1 = no target.
    [TestCase(null, 97, 92, 200, 20_000_000)]
    [TestCase(LaboratoryLevel.City, 97, 92, -1, -1)]
    [TestCase(LaboratoryLevel.County, 97, 92, -1, -1)]
    public void Each_scope_has_its_targets(LaboratoryLevel? scope, int coverage, int passRate, int publicStandards, int feesWaived)
    {
        var targets = PlanTargets.For(scope);
        Assert.That(
            (targets.CoverageRate, targets.PassRate, targets.PublicStandards ?? -1, targets.FeesWaived ?? -1),
            Is.EqualTo(((decimal)coverage, (decimal)passRate, (decimal)publicStandards, (decimal)feesWaived)));
    }

    [TestCase(LaboratoryLevel.City, 150)]
    [TestCase(LaboratoryLevel.County, 15)]
    public void A_laboratory_holds_the_standards_its_level_asks_for(LaboratoryLevel level, int standards) =>
        Assert.That(PlanTargets.StandardsInDate(level), Is.EqualTo(standards));
}
