using Lims.Domain.Numbering;

namespace Lims.Domain.Tests.Numbering;

public sealed class NumberKindExtensionsTests
{
    [TestCase(NumberKind.Receipt, "SJ")]
    [TestCase(NumberKind.VerificationCertificate, "JD")]
    [TestCase(NumberKind.VerificationResultNotice, "TZ")]
    [TestCase(NumberKind.CalibrationCertificate, "JZ")]
    public void Each_kind_has_its_prefix_and_is_found_again_by_it(NumberKind kind, string prefix)
    {
        var found = NumberKindExtensions.TryFromPrefix(prefix, out var kindFound);

        Assert.Multiple(() =>
        {
            Assert.That(kind.Prefix(), Is.EqualTo(prefix));
            Assert.That(found, Is.True);
            Assert.That(kindFound, Is.EqualTo(kind));
        });
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("sj")]
    [TestCase("XX")]
    [TestCase("JDX")]
    public void An_unknown_prefix_names_no_kind(string? prefix)
    {
        Assert.That(NumberKindExtensions.TryFromPrefix(prefix, out _), Is.False);
    }

    [TestCase(NumberKind.Receipt, false)]
    [TestCase(NumberKind.VerificationCertificate, true)]
    [TestCase(NumberKind.VerificationResultNotice, true)]
    [TestCase(NumberKind.CalibrationCertificate, true)]
    public void Only_certificates_are_certificate_kinds(NumberKind kind, bool expected)
    {
        Assert.That(kind.IsCertificate(), Is.EqualTo(expected));
    }

    [Test]
    public void An_undefined_kind_has_no_prefix()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((NumberKind)42).Prefix());
    }
}
