using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using Lims.Infrastructure.Certificates;

namespace Lims.Application.Tests.Certificates;

public sealed partial class SigningCertificateRendererTests
{
    private string _pfxPath = null!;
    private byte[] _signed = null!;

    [OneTimeSetUp]
    public void SignOneCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Lims Test Laboratory, O=Jiangmen Metrology", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var selfSigned = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        _pfxPath = Path.Combine(Path.GetTempPath(), $"lims-signing-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(_pfxPath, selfSigned.Export(X509ContentType.Pfx, "test-password"));

        var certificate = SigningCertificateRenderer.LoadCertificate(new CertificateSigningOptions { PfxPath = _pfxPath, PfxPassword = "test-password" });
        _signed = new SigningCertificateRenderer(new PdfCertificateRenderer(), certificate).Render(SampleCertificates.Verification(40));
    }

    [OneTimeTearDown]
    public void DeleteThePfx() => File.Delete(_pfxPath);

    [Test]
    public void A_signed_certificate_has_a_signature_field_with_a_byte_range_and_contents()
    {
        var text = Encoding.Latin1.GetString(_signed);

        Assert.That(text, Does.Contain("/Type/Sig").And.Contains("/ByteRange").And.Contains("/Contents<").And.Contains("/FT/Sig"));
    }

    [Test]
    public void A_signed_certificate_still_reads_as_text()
    {
        var pages = PdfText.Pages(_signed);

        Assert.That(pages, Has.Count.GreaterThanOrEqualTo(2), "the cover and the results");
        Assert.That(pages[0], Does.Contain(SampleCertificates.CustomerName).And.Contains("证书编号 Certificate No.: JM-JD-2025-000123"));
    }

    [Test]
    public void The_signature_verifies_over_its_byte_range_and_names_the_signer()
    {
        var text = Encoding.Latin1.GetString(_signed);
        var range = ByteRange().Match(text);
        var r = Enumerable.Range(1, 4).Select(i => int.Parse(range.Groups[i].Value, CultureInfo.InvariantCulture)).ToArray();
        var signedBytes = _signed.AsSpan(r[0], r[1]).ToArray().Concat(_signed.AsSpan(r[2], r[3]).ToArray()).ToArray();
        var hex = text[(r[1] + 1)..(r[2] - 1)];
        var contents = Convert.FromHexString(hex);
        var cms = new AsnReader(contents, AsnEncodingRules.BER).PeekEncodedValue().ToArray();

        var signed = new SignedCms(new ContentInfo(signedBytes), detached: true);
        signed.Decode(cms);

        Assert.That(r[2] + r[3], Is.EqualTo(_signed.Length), "the range covers the whole file but the signature");
        Assert.That(() => signed.CheckSignature(verifySignatureOnly: true), Throws.Nothing);
        Assert.That(signed.SignerInfos[0].Certificate!.Subject, Does.Contain("Lims Test Laboratory"));
    }

    [Test]
    public void A_changed_byte_breaks_the_signature()
    {
        var tampered = (byte[])_signed.Clone();
        var text = Encoding.Latin1.GetString(tampered);
        var range = ByteRange().Match(text);
        var r = Enumerable.Range(1, 4).Select(i => int.Parse(range.Groups[i].Value, CultureInfo.InvariantCulture)).ToArray();
        tampered[r[0] + 20] ^= 1;
        var signedBytes = tampered.AsSpan(r[0], r[1]).ToArray().Concat(tampered.AsSpan(r[2], r[3]).ToArray()).ToArray();
        var cms = new AsnReader(Convert.FromHexString(text[(r[1] + 1)..(r[2] - 1)]), AsnEncodingRules.BER).PeekEncodedValue().ToArray();

        var signed = new SignedCms(new ContentInfo(signedBytes), detached: true);
        signed.Decode(cms);

        Assert.That(() => signed.CheckSignature(verifySignatureOnly: true), Throws.InstanceOf<CryptographicException>());
    }

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRange();
}
