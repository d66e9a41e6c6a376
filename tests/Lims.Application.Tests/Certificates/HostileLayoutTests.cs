using Lims.Application.Abstractions.Certificates;
using Lims.Application.Abstractions.Receipts;
using Lims.Infrastructure.Certificates;
using Lims.Infrastructure.Receipts;

namespace Lims.Application.Tests.Certificates;

/// <summary>
/// Every text field at the longest the API lets through, in Chinese, in wide Latin without a
/// single space, and mixed: the certificate and the receipt wrap or cut it, and no glyph leaves
/// the page's printable area, overprints another, or runs over the edge of its cell.
/// </summary>
public sealed class HostileLayoutTests
{
    private const double Left = 45;
    private const double Right = 595.28 - 45;

    private static string Chinese(int length) => Repeat("江门市蓬江区华润万家超市有限公司计量检定", length);

    private static string Wide(int length) => new('W', length);

    private static string Mixed(int length) => Repeat("Müller-Précision/Göteborg_江门分公司 0750-3502345 ", length);

    private static string Repeat(string text, int length) => string.Concat(Enumerable.Repeat(text, (length / text.Length) + 1))[..length];

    public static IEnumerable<TestCaseData> Certificates()
    {
        var sample = SampleCertificates.Verification(12);
        foreach (var (name, text) in new (string, Func<int, string>)[] { ("Chinese", Chinese), ("wide Latin", Wide), ("mixed", Mixed) })
        {
            var document = sample with
            {
                Laboratory = sample.Laboratory with { Name = text(200), Address = text(300), AccreditationNo = text(50), AuthorizationNo = text(60), Telephone = text(40) },
                Customer = new CertificateCustomer(text(200), text(300)),
                Procedure = new CertificateProcedure(text(40), text(200)),
                Instrument = new CertificateInstrument(text(100), text(200), text(100), text(50), text(100), text(20), text(500)),
                Environment = sample.Environment with { Location = text(200) },
                Equipment = [new CertificateEquipment(text(200), text(50), text(50), new DateOnly(2026, 1, 1), text(200), text(50), new DateOnly(2027, 1, 1))],
                Results = [.. sample.Results.Select(p => p with { Quantity = text(50), Unit = text(20), Item = text(100), Mpe = "±" + Wide(30) })],
                Remarks = text(2000),
                Signatories = new CertificateSignatories(text(64), text(64), text(64)),
                Amendment = new CertificateAmendment(text(60), text(500)),
                TestItems = [new CertificateTestItem(text(100), text(300), "合格 Pass")],
            };
            yield return new TestCaseData(document).SetName($"A certificate with every field long in {name} keeps every glyph in its place");
        }
    }

    [TestCaseSource(nameof(Certificates))]
    public void A_certificate_with_hostile_lengths(CertificateDocument document)
    {
        var pdf = new PdfCertificateRenderer().Render(document);

        Assert.That(PdfLayout.Faults(pdf, Left, Right), Is.Empty);
    }

    [TestCase("Chinese")]
    [TestCase("wide Latin")]
    [TestCase("mixed")]
    public void A_receipt_with_hostile_lengths_keeps_every_glyph_in_its_place(string kind)
    {
        Func<int, string> text = kind switch { "Chinese" => Chinese, "wide Latin" => Wide, _ => Mixed };
        var lines = Enumerable.Range(1, 7).Select(i => new ReceiptLine(i, $"JM-SJ-2026-000001-{i:00}", text(100), text(100), text(50), "Verification", text(500), text(500), 30m, 30m)).ToList();
        var receipt = new ReceiptDocument("JM-SJ-2026-000001", text(200), text(300), text(200), "91440700MA4UKX2N7T", text(50), text(40), DateTimeOffset.UnixEpoch, text(64), lines);

        var pdf = new PdfReceiptRenderer().Render(receipt);

        Assert.That(PdfLayout.Faults(pdf, Left, Right), Is.Empty);
    }
}
