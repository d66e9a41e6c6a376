using Lims.Domain.Common;
using Lims.Domain.Measurements;

namespace Lims.Domain.Tests.Measurements;

public sealed class ResultLimitsTests
{
    [TestCase(1, 0, null)]
    [TestCase(100, 30, null)]
    [TestCase(101, 1, ResultLimits.TooManyPoints)]
    [TestCase(3, 31, ResultLimits.TooManyComponents)]
    public void A_result_holds_at_most_100_points_of_at_most_30_components(int points, int components, string? refusal)
    {
        var point = new MeasurementPoint("质量", "kg", 1m, [1m, 1m], 0.005m, [.. Enumerable.Range(0, components).Select(i => new UncertaintyComponent($"u{i}", 0.0001, null))]);
        var all = Enumerable.Repeat(point, points).ToList();
        if (refusal is null)
        {
            Assert.DoesNotThrow(() => ResultLimits.Ensure(all));
        }
        else
        {
            Assert.That(Assert.Throws<DomainRuleException>(() => ResultLimits.Ensure(all))!.Code, Is.EqualTo(refusal));
        }
    }
}
