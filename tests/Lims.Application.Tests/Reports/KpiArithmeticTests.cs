using Lims.Application.Features.Reports;

namespace Lims.Application.Tests.Reports;

public sealed class KpiArithmeticTests
{
    [TestCase(new[] { 3 }, new long[] { 1 }, 3.0)]
    [TestCase(new[] { 0, 1, 2, 3, 4, 6 }, new long[] { 3, 1, 1, 1, 1, 1 }, 1.5)]
    [TestCase(new[] { 5, 1 }, new long[] { 1, 2 }, 1.0)]
    [TestCase(new[] { 2, 10 }, new long[] { 2, 2 }, 6.0)]
    public void The_median_is_read_from_the_histogram_of_days(int[] days, long[] counts, double median) =>
        Assert.That(KpiReportHandler.Median(days.Zip(counts), counts.Sum()), Is.EqualTo((decimal)median));

    [Test]
    public void No_days_have_no_median() => Assert.That(KpiReportHandler.Median([], 0), Is.Null);

    [TestCase(97, 100, 97.00, true)]
    [TestCase(96_996, 100_000, 97.00, false)]
    [TestCase(2, 3, 66.67, false)]
    public void A_rate_is_rounded_for_display_but_met_on_the_exact_fraction(long numerator, long denominator, decimal value, bool met)
    {
        var rate = KpiIndicator.Rate(numerator, denominator, 97m);
        Assert.That((rate.Value, rate.Met), Is.EqualTo(((decimal?)value, (bool?)met)));
    }

    [Test]
    public void A_rate_without_a_denominator_has_no_value_and_is_not_met()
    {
        var rate = KpiIndicator.Rate(0, 0, 97m);
        Assert.That((rate.Value, rate.Met), Is.EqualTo(((decimal?)null, (bool?)false)));
    }
}
