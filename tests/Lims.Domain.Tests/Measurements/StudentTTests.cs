using Lims.Domain.Measurements;

namespace Lims.Domain.Tests.Measurements;

public class StudentTTests
{
    // Two-sided 95 % points of Student's t, as printed (two decimals) in every t table.
    [TestCase(1, 12.71)]
    [TestCase(2, 4.30)]
    [TestCase(3, 3.18)]
    [TestCase(4, 2.78)]
    [TestCase(5, 2.57)]
    [TestCase(9, 2.26)]
    [TestCase(10, 2.23)]
    [TestCase(16, 2.12)]
    [TestCase(20, 2.09)]
    [TestCase(29, 2.05)]
    public void The_95_percent_quantile_matches_the_t_table(int degreesOfFreedom, double table)
    {
        var t = StudentT.TwoSidedQuantile(degreesOfFreedom, 0.95);

        Assert.That(t, Is.EqualTo(table).Within(0.005));
    }

    [Test]
    public void The_quantile_for_one_degree_of_freedom_is_the_Cauchy_point_tan_of_0_475_pi()
    {
        // ν = 1: P(|T| ≤ t) = (2/π)·atan t = 0.95  ⇒  t = tan(0.475·π) = 12.706204736…
        Assert.That(StudentT.TwoSidedQuantile(1, 0.95), Is.EqualTo(Math.Tan(0.475 * Math.PI)).Within(1e-10));
    }

    [Test]
    public void The_quantile_for_two_degrees_of_freedom_solves_t_over_root_of_two_plus_t_squared()
    {
        // ν = 2: P(|T| ≤ t) = t/√(2 + t²) = p  ⇒  t = p·√(2/(1 − p²)) = 4.302652729…
        var expected = 0.95 * Math.Sqrt(2.0 / (1.0 - 0.95 * 0.95));

        Assert.That(StudentT.TwoSidedQuantile(2, 0.95), Is.EqualTo(expected).Within(1e-10));
    }

    [TestCase(3, 3.182446305)]
    [TestCase(10, 2.228138852)]
    [TestCase(30, 2.042272456)]
    [TestCase(100, 1.983971519)]
    public void The_quantile_agrees_with_nine_digit_reference_values(int degreesOfFreedom, double reference)
    {
        Assert.That(StudentT.TwoSidedQuantile(degreesOfFreedom, 0.95), Is.EqualTo(reference).Within(1e-8));
    }

    [Test]
    public void The_99_percent_quantile_for_ten_degrees_of_freedom_is_3_17()
    {
        Assert.That(StudentT.TwoSidedQuantile(10, 0.99), Is.EqualTo(3.169).Within(0.0005));
    }
}
