using Lims.Application.Abstractions.Certificates;
using Lims.Domain.Certificates;
using Lims.Infrastructure.Certificates;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace Lims.Application.Tests.Certificates;

public sealed class PdfCertificateRendererTests
{
    private static readonly PdfCertificateRenderer _renderer = new();

    private static byte[] TwoPageCertificate => _renderer.Render(SampleCertificates.Verification(points: 40));

    [Test]
    public void A_certificate_shows_the_chinese_customer_name_and_the_serial_number()
    {
        var pages = PdfText.Pages(_renderer.Render(SampleCertificates.Verification()));

        Assert.That(pages[0], Does.Contain(SampleCertificates.CustomerName).And.Contains(SampleCertificates.SerialNumber));
    }

    [Test]
    public void The_cover_holds_identification_conclusion_signatures_and_seal_and_the_results_follow_with_their_header_repeated()
    {
        var pages = PdfText.Pages(TwoPageCertificate);

        Assert.Multiple(() =>
        {
            Assert.That(pages, Has.Count.GreaterThanOrEqualTo(3));
            Assert.That(pages[0], Does.Contain("结论 Conclusion").And.Contains("批准人 Approved by").And.Contains("(检定专用章) Seal of the laboratory").And.Contains("邮编 Postcode"));
            Assert.That(pages[0], Does.Not.Contain("示值平均值"), "the results begin on the next page");
            Assert.That(pages.Skip(1).Where(p => p.Contains("±0.010", StringComparison.Ordinal)), Has.All.Contains("序号").And.All.Contains("示值平均值").And.All.Contains("Mean"));
            Assert.That(pages[^1], Does.Contain("29.752"), "the last point is on the last page");
        });
    }

    [Test]
    public void Every_page_shows_the_certificate_number_and_its_bilingual_page_label()
    {
        var pages = PdfText.Pages(TwoPageCertificate);

        Assert.Multiple(() =>
        {
            for (var i = 0; i < pages.Count; i++)
            {
                Assert.That(pages[i], Does.Contain("证书编号 Certificate No.: JM-JD-2025-000123"));
                Assert.That(pages[i], Does.Contain($"第 {i + 1} 页 共 {pages.Count} 页 / Page {i + 1} of {pages.Count}"));
                Assert.That(pages[i], Does.Contain("本证书结果仅对所检/校器具有效 / The results relate only to the item calibrated/verified."));
            }
        });
    }

    [TestCase("送检单位 Customer")]
    [TestCase("单位地址 Customer address")]
    [TestCase("器具名称 Instrument")]
    [TestCase("制造单位 Manufacturer")]
    [TestCase("型号规格 Model")]
    [TestCase("出厂编号 Serial No.")]
    [TestCase("测量范围 Measuring range")]
    [TestCase("准确度等级 Accuracy class")]
    [TestCase("检定依据 Verification regulation")]
    [TestCase("收样日期 Date of receipt")]
    [TestCase("检定日期 Date of verification")]
    [TestCase("发布日期 Date of issue")]
    [TestCase("环境条件 Environmental conditions")]
    [TestCase("温度 Temperature")]
    [TestCase("地点 Location")]
    [TestCase("所用计量标准器及溯源 Equipment used and traceability")]
    [TestCase("检定结果 Verification results")]
    [TestCase("判定规则 Decision rule")]
    [TestCase("结论 Conclusion")]
    [TestCase("检定有效期至 Valid until")]
    [TestCase("备注 Remarks")]
    [TestCase("检定员 Verified by")]
    [TestCase("核验员 Checked by")]
    [TestCase("批准人 Approved by")]
    [TestCase("验证码 Verification code")]
    [TestCase("计量授权证书号 Authorization No.: (粤)法计(2021)07001号")]
    [TestCase("CNAS 认可证书号 CNAS accreditation No.: CNAS L4578")]
    [TestCase("邮编 Postcode529000")]
    [TestCase("电话 Telephone0750-3502345")]
    [TestCase("检定项目 Test items")]
    [TestCase("(检定专用章) Seal of the laboratory")]
    [TestCase("包含因子 k")]
    public void A_verification_certificate_prints_the_label_in_chinese_and_english(string label)
    {
        var text = string.Concat(PdfText.Pages(TwoPageCertificate));

        Assert.That(text, Does.Contain(label));
    }

    [Test]
    public void A_verification_certificate_prints_its_conclusion_and_validity()
    {
        var text = string.Concat(PdfText.Pages(TwoPageCertificate));

        Assert.That(text, Does.Contain("合格 / Pass").And.Contains("检定有效期至 Valid until2026年3月11日"));
    }

    [TestCase(CertificateKind.VerificationCertificate, "检定证书 Verification Certificate")]
    [TestCase(CertificateKind.VerificationResultNotice, "检定结果通知书 Verification Result Notice")]
    [TestCase(CertificateKind.CalibrationCertificate, "校准证书 Calibration Certificate")]
    public void Each_kind_is_titled_in_chinese_and_english(CertificateKind kind, string title)
    {
        var bytes = _renderer.Render(Sample(kind));

        using var pdf = PdfDocument.Open(bytes);
        Assert.That(PdfText.Pages(bytes)[0], Does.Contain(title));
        Assert.That(pdf.Information.Title, Does.StartWith(title));
    }

    [Test]
    public void A_result_notice_states_no_validity()
    {
        var text = string.Concat(PdfText.Pages(_renderer.Render(SampleCertificates.Notice())));

        Assert.That(text, Does.Not.Contain("检定有效期至").And.Not.Contain("Valid until").And.Not.Contain("2026年3月11日"));
        Assert.That(text, Does.Contain("不合格"));
    }

    [Test]
    public void A_calibration_certificate_without_a_statement_of_conformity_prints_the_recalibration_date_and_neither_verdicts_nor_a_decision_rule()
    {
        var text = string.Concat(PdfText.Pages(_renderer.Render(SampleCertificates.Calibration())));

        Assert.That(text, Does.Contain("建议复校日期").And.Contains("Recommended recalibration").And.Contains("校准员 Calibrated by").And.Contains("(校准专用章)"));
        Assert.That(text, Does.Not.Contain("判定 Verdict").And.Not.Contain("检定有效期至"));
        Assert.That(text, Does.Not.Contain("判定规则").And.Not.Contain("Decision rule"), "no conformity stated, so no decision rule");
    }

    [Test]
    public void An_amendment_names_the_certificate_it_replaces_and_why()
    {
        var amended = SampleCertificates.Verification() with
        {
            CertificateNumber = "JM-JD-2025-000123-A1",
            Amendment = new CertificateAmendment("JM-JD-2025-000123", "出厂编号录入错误 / Serial number corrected"),
        };

        var text = PdfText.Pages(_renderer.Render(amended))[0];

        Assert.That(text, Does.Contain("本证书替代").And.Contains("This certificate replaces").And.Contains("JM-JD-2025-000123-A1")
            .And.Contains("出厂编号录入错误 / Serial number corrected"));
    }

    [Test]
    public void Accented_letters_drawn_from_composite_glyphs_extract_back()
    {
        var sample = SampleCertificates.Verification();
        var document = sample with { Customer = sample.Customer with { Name = "Müller Précision Göteborg 江门分公司" } };

        var pages = PdfText.Pages(_renderer.Render(document));

        Assert.That(pages[0], Does.Contain("Müller Précision Göteborg 江门分公司"));
    }

    [Test]
    public void The_same_document_renders_to_identical_bytes()
    {
        var first = new PdfCertificateRenderer().Render(SampleCertificates.Verification(40));
        var second = new PdfCertificateRenderer().Render(SampleCertificates.Verification(40));

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Different_documents_get_different_file_identifiers()
    {
        var first = _renderer.Render(SampleCertificates.Verification());
        var second = _renderer.Render(SampleCertificates.Verification() with { CertificateNumber = "JM-JD-2025-000124" });

        Assert.That(TrailerId(second), Is.Not.EqualTo(TrailerId(first)));
    }

    [Test]
    public void The_metadata_names_the_laboratory_and_dates_the_file_at_midnight_china_time_on_the_issue_date()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(SampleCertificates.Verification()));

        Assert.That(pdf.Information.Author, Is.EqualTo("江门市计量检定测试所"));
        Assert.That(pdf.Information.Creator, Is.EqualTo("Lims"));
        Assert.That(pdf.Information.GetCreatedDateTimeOffset(), Is.EqualTo(new DateTimeOffset(2025, 3, 14, 0, 0, 0, TimeSpan.FromHours(8))));
    }

    [Test]
    public void Every_glyph_comes_from_an_embedded_font_subset()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(SampleCertificates.Verification()));

        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();

        Assert.That(fonts, Has.Count.EqualTo(3).And.All.Match(@"^[A-Z]{6}\+(Droid Sans Fallback|DejaVu Sans)"));
    }

    [Test]
    public void The_qr_code_is_drawn_as_vector_modules_with_the_verification_code_beside_it()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(SampleCertificates.Verification()));
        var page = pdf.GetPage(1);

        var qr = page.Paths.Where(p => p.IsFilled).OrderByDescending(p => p.Count).First();
        var box = PdfSubpath.GetBoundingRectangle(qr)!.Value;
        var code = page.GetWords().Single(w => w.Text == SampleCertificates.VerificationCode).BoundingBox;

        Assert.That(qr, Has.Count.GreaterThan(100), "one rectangle per run of dark modules");
        Assert.That(box.Left - code.Right, Is.InRange(0, 20), "the code ends just left of the QR code");
        Assert.That(code.Bottom, Is.InRange(box.Bottom, box.Top), "the code is level with the QR code");
    }

    [Test]
    public void A_result_notice_with_a_validity_is_refused()
    {
        var contradictory = SampleCertificates.Notice() with { ValidUntil = new DateOnly(2026, 3, 11) };

        Assert.That(() => _renderer.Render(contradictory), Throws.ArgumentException);
    }

    private static CertificateDocument Sample(CertificateKind kind) => kind switch
    {
        CertificateKind.VerificationCertificate => SampleCertificates.Verification(),
        CertificateKind.VerificationResultNotice => SampleCertificates.Notice(),
        _ => SampleCertificates.Calibration(),
    };

    private static string TrailerId(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        return text[text.LastIndexOf("/ID[", StringComparison.Ordinal)..][..70];
    }
}
