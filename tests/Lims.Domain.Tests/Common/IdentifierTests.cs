using Lims.Domain.Common;

namespace Lims.Domain.Tests.Common;

public sealed class IdentifierTests
{
    [TestCase("SN123", "SN123")]
    [TestCase("ＳＮ１２３", "SN123")]
    [TestCase("  SN 123  ", "SN 123")]
    [TestCase("Ⅻ-①", "XII-1")]
    [TestCase("ﬁ2026", "fi2026")]
    [TestCase("江门-001", "江门-001")]
    public void Identifiers_are_kept_in_nfkc(string typed, string kept) =>
        Assert.That(Identifiers.Normalize(typed), Is.EqualTo(kept));

    [TestCase("SN123", false)]
    [TestCase("江门计量-001", false)]
    [TestCase("SN\u200B123", true)]
    [TestCase("SN\u200C123", true)]
    [TestCase("\u202ESN123", true)]
    [TestCase("\u2066SN\u2069", true)]
    [TestCase("SN\u2028123", true)]
    [TestCase("SN\u2029123", true)]
    [TestCase("\uFEFFSN123", true)]
    [TestCase("SN\u00AD123", true)]
    [TestCase("SN\t123", true)]
    [TestCase("SN\U000E0041", true)]
    public void Invisible_and_direction_changing_characters_are_found(string typed, bool hidden) =>
        Assert.That(Identifiers.HasHiddenCharacters(typed), Is.EqualTo(hidden));

    /// <summary>Built here: an attribute's string cannot hold a lone surrogate (it becomes U+FFFD).</summary>
    [Test]
    public void A_lone_surrogate_is_found_and_left_as_it_is()
    {
        var typed = "SN" + (char)0xD800 + "123";
        Assert.Multiple(() =>
        {
            Assert.That(Identifiers.HasHiddenCharacters(typed), Is.True);
            Assert.That(Identifiers.Normalize(typed), Is.EqualTo(typed));
        });
    }
}
