using System.Globalization;
using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Walkthrough;

/// <summary>
/// The steps of docs/walkthrough.md, one instrument's life, run against every database. On SQLite
/// with LIMS_WRITE_WALKTHROUGH=1 the run rewrites the document with the real requests and answers.
/// </summary>
public sealed class WalkthroughTests(string database) : ApiTest(database)
{
    private const string Header = """
        # Walkthrough: one instrument's life

        A market's electronic price scale (电子计价秤), from the reception desk to its certificate, the
        public check, its traceability, what happens when a standard fails, and the reports. Every
        request and answer below comes from a real run of `tests/Lims.Api.Tests/Walkthrough/WalkthroughTests.cs`,
        which runs these steps on every database in every test run (regenerate this page with
        `LIMS_WRITE_WALKTHROUGH=1 dotnet test --filter WalkthroughTests`). [walkthrough.http](walkthrough.http)
        has the same requests for an editor's HTTP client. Each request is sent with the bearer token of
        the person named (`POST /api/auth/login`); ids, numbers and dates differ from run to run.


        """;

    [Test]
    public async Task One_instrument_from_intake_to_certificate_traceability_impact_recall_and_reports()
    {
        var walk = new WalkthroughRecorder();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lab = "JM" + Random.Shared.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

        walk.Section("0. The laboratory", "An administrator registers the laboratory and the instrument type (in the catalogue of instruments under compulsory management for trade settlement, verified periodically: a price scale in a market is under compulsory verification, the same scale in a kitchen is not); a quality manager of the laboratory its measurement standard, equipment and their traceability; the administrator the technician, and the quality manager their competence (nobody else may grant it). Every user belongs to one laboratory and sees only its work. (The procedure JJG 539-2016, and the receptionist, reviewer, approver and quality manager accounts, are made the same way.)");
        await walk.SendAsync(Admin, "the administrator", HttpMethod.Post, "/api/laboratories", new { code = lab, name = "江门市计量测试所", level = "City", accreditationNo = "(粤)法计(2021)07001号", address = "广东省江门市蓬江区建设三路 128 号" }, 201, 12);
        Assert.That((int)(await Admin.PostAsJsonAsync("/api/procedures", new { code = "JJG 539-2016", title = "数字指示秤", kind = "VerificationRegulation" })).StatusCode, Is.AnyOf(201, 409));
        var typeCode = "PRICE-SCALE-" + suffix;
        await walk.SendAsync(Admin, "the administrator", HttpMethod.Post, "/api/instrument-types", new { code = typeCode, name = "电子计价秤", procedureCode = "JJG 539-2016", compulsory = true, compulsoryUses = new[] { "TradeSettlement" }, compulsoryVerification = "Periodic", intervalMonths = 12, fee = 30 }, 201, 16);
        var quality = await Host.SignInNewUserInAsync(lab, "QualityManager");
        await walk.SendAsync(quality, "the quality manager", HttpMethod.Post, "/api/reference-standards", new { code = "CN-KG-" + suffix, name = "国家千克基准", holder = "中国计量科学研究院", kind = "NationalPrimaryStandard" }, 201, 12);
        await walk.SendAsync(quality, "the quality manager", HttpMethod.Post, "/api/reference-standards", new { code = "GD-E1-" + suffix, name = "E1等级砝码标准装置", holder = "广东省计量科学研究院", kind = "ExternalStandard", tracesTo = "CN-KG-" + suffix }, 201, 12);
        await walk.SendAsync(quality, "the quality manager", HttpMethod.Post, "/api/standards", new { code = "JM-M-" + suffix, name = "E2等级砝码标准装置", laboratoryCode = lab, assessmentCertificateNo = "[2023]粤量标江证字第001号", assessmentValidUntil = Iso(today.AddYears(3)), isPublicStandard = true, procedureCodes = new[] { "JJG 539-2016" } }, 201, 14);
        var assetNo = "ZC-" + suffix;
        await walk.SendAsync(quality, "the quality manager", HttpMethod.Post, "/api/equipment", new { assetNo, name = "E2等级砝码组 1 mg–20 kg", manufacturer = "上海衡器厂", model = "E2-20K", serialNumber = "2301457", standardCode = "JM-M-" + suffix }, 201, 12);
        await walk.SendAsync(quality, "the quality manager", HttpMethod.Post, $"/api/equipment/{assetNo}/calibrations", new { certificateNo = "GDJL2026-00417", issuedBy = "广东省计量科学研究院", calibratedOn = Iso(today.AddMonths(-3)), validUntil = Iso(today.AddMonths(9)), expandedUncertainty = "U = 0.05 mg (k=2)", conformity = "Pass", tracesTo = "GD-E1-" + suffix }, 201, 12);
        var technicianName = "wang" + suffix.ToLowerInvariant();
        await walk.SendAsync(Admin, "the administrator", HttpMethod.Post, "/api/users", new { userName = technicianName, displayName = "王建国", password = "Bench-Pass-2026", roles = new[] { "Technician" }, laboratoryCode = lab }, 201, 12);
        await walk.SendAsync(quality, "the quality manager", HttpMethod.Post, $"/api/users/{technicianName}/authorizations", new { procedureCode = "JJG 539-2016", certificateNo = "粤计检字 041723", validUntil = Iso(today.AddYears(2)) }, 201, 12);
        var technician = Host.Anonymous();
        technician.DefaultRequestHeaders.Authorization = new("Bearer", await ApiHost.TokenAsync(technician, technicianName, "Bench-Pass-2026"));
        var reception = await Host.SignInNewUserInAsync(lab, "Reception");
        var reviewer = await Host.SignInNewUserInAsync(lab, "Reviewer");
        var approver = await Host.SignInNewUserInAsync(lab, "Approver");

        walk.Section("1. Intake", "The reception desk registers the market (its unified social credit code is checked completely), the scale, and hands it in. The submission gets a receipt number and one work order per item; compulsory verification is free, and the waived fee is recorded.");
        var customer = await walk.SendAsync(reception, "the receptionist", HttpMethod.Post, "/api/customers", new { name = "江门市蓬江区华润万家超市有限公司", creditCode = CreditCodes.New(), contactName = "陈经理", phone = "0750-3123456", address = "广东省江门市蓬江区万达广场 B1 层", district = "蓬江区", category = "Market" }, 201, 14);
        var instrument = await walk.SendAsync(reception, "the receptionist", HttpMethod.Post, "/api/instruments", new { customerId = customer.GetProperty("id").GetGuid(), typeCode, manufacturer = "上海大华电子称重系统有限公司", model = "TM-30A", serialNumber = "SN-2024-0815-" + suffix, range = "(0~30) kg", accuracyClass = "Ⅲ", usage = "TradeSettlement", location = "生鲜区 3 号摊位" }, 201, 24);
        var submission = await walk.SendAsync(reception, "the receptionist", HttpMethod.Post, "/api/submissions", new { customerId = customer.GetProperty("id").GetGuid(), laboratoryCode = lab, items = new[] { new { instrumentId = instrument.GetProperty("id").GetGuid(), service = "Verification", conditionOnReceipt = "外观完好，通电正常", accessories = "电源适配器 1 个" } } }, 201);
        var submissionId = submission.GetProperty("id").GetGuid();
        var workOrder = submission.GetProperty("items")[0].GetProperty("workOrderId").GetGuid();
        await walk.SendAsync(reception, "the receptionist", HttpMethod.Get, $"/api/submissions/{submissionId}/receipt", null, 200);

        walk.Section("2. Assignment", "The work order goes to a technician who holds an authorisation for JJG 539-2016 valid today; anyone else is refused with 422 `technician-not-authorised`.");
        await walk.SendAsync(reception, "the receptionist", HttpMethod.Post, $"/api/work-orders/{workOrder}/assign", new { technician = technicianName }, 200, 20);

        walk.Section("3. Results", "The technician records the readings at three loads with the weight set and the Type B components. The server checks the technician and the equipment on the performance date, computes each point's mean, error, expanded uncertainty, coverage factor and verdict (simple acceptance, U ≤ MPE/3), and the conclusion.");
        var points = new[] { (0.5m, 0.005m), (2m, 0.005m), (15m, 0.010m) }.Select(p => new
        {
            quantity = "质量 Mass",
            unit = "kg",
            nominal = p.Item1,
            readings = new[] { p.Item1, p.Item1 + 0.001m, p.Item1 + 0.0005m },
            mpe = p.Item2,
            uncertaintyComponents = new object[] { new { name = "E2 weights U/k", standardUncertainty = 0.00001 }, new { name = "change-point resolution 0.1e/(2√3)", standardUncertainty = 0.000144 } },
        });
        var recorded = await walk.SendAsync(technician, "the technician", HttpMethod.Post, $"/api/work-orders/{workOrder}/results", new { performedOn = Iso(today), temperatureC = 20.5m, humidityPct = 45m, location = "质量实验室 201", equipmentAssetNos = new[] { assetNo }, decisionRule = "Jjf1094", points, remarks = "" }, 200, 80);
        Assert.That(recorded.GetProperty("results").GetProperty("conclusion").GetString(), Is.EqualTo("Pass"));

        walk.Section("4. Review and approval", "A reviewer who did not do the work checks it; an approver who neither did nor checked it signs, and the certificate is issued: a verification certificate (检定证书) because the verification passed, numbered without gaps, valid for the interval less a day, its PDF rendered once and its SHA-256 kept.");
        await walk.SendAsync(reviewer, "the reviewer", HttpMethod.Post, $"/api/work-orders/{workOrder}/review", new { accept = true, comment = "核验无误" }, 200, 12);
        var certificate = await walk.SendAsync(approver, "the approver", HttpMethod.Post, $"/api/work-orders/{workOrder}/approve", new { }, 200);
        var number = certificate.GetProperty("certificateNo").GetString()!;
        Assert.That(certificate.GetProperty("kind").GetString(), Is.EqualTo("VerificationCertificate"));

        walk.Section("5. The certificate", "Anyone of the laboratory downloads the PDF (to another laboratory's users it does not exist: 404); it is the same bytes every time. A sample is in [samples/verification-certificate.pdf](samples/verification-certificate.pdf).");
        await walk.SendAsync(reception, "the receptionist", HttpMethod.Get, $"/api/certificates/{number}/pdf", null, 200);

        walk.Section("6. The public check", "Anyone who scans the QR code reaches this route with the verification code printed beside it; it says whether the certificate is valid and nothing about the customer. A wrong code looks like an unknown number: 404.");
        var check = await walk.SendAsync(Host.Anonymous(), "anyone, without a token", HttpMethod.Get, $"/api/public/certificates/{number}?code={certificate.GetProperty("verificationCode").GetString()}", null, 200);
        Assert.That(check.GetProperty("status").GetString(), Is.EqualTo("Valid"));

        walk.Section("7. Traceability", "The quality manager shows the chain behind the certificate: the weight set, its standard, the calibration valid on the measurement date, the Guangdong institute's standard, the national kilogram.");
        var chain = await walk.SendAsync(quality, "the quality manager", HttpMethod.Get, $"/api/traceability/certificates/{number}", null, 200, 80);
        Assert.That(chain.GetProperty("valid").GetBoolean(), Is.True);

        walk.Section("8. A standard fails", "The weight set is found out of tolerance. It can no longer be cited, and the answer lists every certificate whose results used it since its last passing calibration, with the customer to tell.");
        var impact = await walk.SendAsync(quality, "the quality manager", HttpMethod.Post, $"/api/equipment/{assetNo}/out-of-tolerance", new { foundOn = Iso(today), reason = "期间核查发现 500 g 砝码超差" }, 200);
        Assert.That(impact.GetProperty("workOrders")[0].GetProperty("certificateNo").GetString(), Is.EqualTo(number));

        walk.Section("9. Recall", "A year later the scale falls due. The recall list shows it with the customer to remind; the daily `recall-scan` job (Asia/Shanghai, 02:00) writes one reminder per instrument and due date 30 days before, and a separate job delivers them by e-mail. An administrator can run the scan now.");
        var due = await walk.SendAsync(reception, "the receptionist", HttpMethod.Get, $"/api/recalls/due?within=366&customerId={customer.GetProperty("id").GetGuid()}", null, 200);
        Assert.That(due.GetProperty("total").GetInt32(), Is.EqualTo(1));
        await walk.SendAsync(Admin, "the administrator", HttpMethod.Post, "/api/jobs/recall-scan/run", null, 202);

        walk.Section("10. The city plan's indicators", "The quality manager reports the year's indicators for the laboratory with their targets: compulsory verification coverage, pass rate, standards in date, fees waived by district, certificates by kind, turnaround. The same report downloads as `format=xlsx` or `format=csv` ([reports.md](reports.md)).");
        var kpi = await walk.SendAsync(quality, "the quality manager", HttpMethod.Get, $"/api/reports/kpi?year={today.Year}&laboratoryCode={lab}", null, 200, 120);
        Assert.That(kpi.ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Object));

        if (Database == TestDatabases.Sqlite)
        {
            walk.WriteIfAsked(Header);
        }
    }
}
