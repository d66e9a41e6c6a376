using Lims.Application.Features.Certificates;

namespace Lims.Application.Tests.Certificates;

public sealed class VerificationCodeTests
{
    [TestCase("7KQ2-M9XD", true)]
    [TestCase("7KQ2M9XD", true)]
    [TestCase("7kq2-m9xd", true)]
    [TestCase("7kq2m9xd", true)]
    [TestCase(" 7KQ2 M9XD ", true)]
    [TestCase("7KQ2-M9XE", false)]
    [TestCase("7KQ2-M9X", false)]
    [TestCase("-", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void A_typed_code_matches_with_or_without_its_hyphen_in_any_case(string? typed, bool matches) =>
        Assert.That(VerificationCodes.Match("7KQ2-M9XD", typed), Is.EqualTo(matches));

    [Test]
    public void A_new_code_matches_itself_typed_plainly() =>
        Assert.That(Enumerable.Range(0, 100).Select(_ => VerificationCodes.New()).All(code => VerificationCodes.Match(code, code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant())));
}
