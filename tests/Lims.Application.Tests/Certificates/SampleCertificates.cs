using System.Globalization;
using Lims.Application.Abstractions.Certificates;
using Lims.Application.Features.Certificates;
using Lims.Domain.Certificates;
using Lims.Domain.Measurements;
using Lims.Tests.Shared;

namespace Lims.Application.Tests.Certificates;

/// <summary>
/// Realistic certificates of a city institute for a supermarket's price scale, verified by the
/// JJG 539-2016 template: its test items, the weighing points, the JJF 1094 rule, the seal.
/// </summary>
public static class SampleCertificates
{
    public const string CustomerName = "江门市蓬江区华润万家超市有限公司";
    public const string SerialNumber = "SN-2024-0815-77";
    public const string VerificationCode = "7KQ2-M9XD";

    public static CertificateDocument Verification(int points = 12) => new(
        CertificateKind.VerificationCertificate,
        "JM-JD-2025-000123",
        new CertificateLaboratory("江门市计量检定测试所", "广东省江门市蓬江区建设三路 128 号", "CNAS L4578")
        {
            AuthorizationNo = "(粤)法计(2021)07001号",
            Telephone = "0750-3502345",
            Postcode = "529000",
            Seal = SealPng.Make(),
        },
        new CertificateCustomer(CustomerName, "广东省江门市蓬江区万达广场 B1 层"),
        new CertificateProcedure("JJG 539-2016", "数字指示秤"),
        new CertificateInstrument("电子计价秤", "上海大华电子称重系统有限公司", "TM-30A", SerialNumber, "(0~30) kg", "Ⅲ", "外观完好，功能正常 / Good"),
        new DateOnly(2025, 3, 10),
        new DateOnly(2025, 3, 12),
        new DateOnly(2025, 3, 14),
        new CertificateEnvironment(20.5m, 45m, "质量实验室 Mass laboratory 201"),
        [
            new CertificateEquipment("M1 等级砝码 (1 mg~10 kg)", "JM-BZ-0101", "GDJL-2024-M-01577", new DateOnly(2025, 11, 30), "M1 等级砝码标准装置", "[2019]粤量标江证字第 012 号", new DateOnly(2027, 6, 30)),
            new CertificateEquipment("M1 等级砝码 (20 kg)", "JM-BZ-0102", "GDJL-2024-M-01578", new DateOnly(2025, 11, 30), "M1 等级砝码标准装置", "[2019]粤量标江证字第 012 号", new DateOnly(2027, 6, 30)),
            new CertificateEquipment("温湿度计", "JM-PT-0311", "JM-JZ-2024-004321", new DateOnly(2025, 8, 31), "—", "—", new DateOnly(2027, 6, 30)),
        ],
        Points(points, verdict: true),
        CertificateWording.DecisionRule(DecisionRule.Jjf1094, OverallConclusion.Pass, 1m),
        "合格 / Pass",
        new DateOnly(2026, 3, 11),
        null,
        new CertificateSignatories("李明", "王芳", "陈建国"),
        "强制检定，免收检定费 / Compulsory verification, fee waived.",
        new CertificatePublicCheck($"https://lims.jmjl.gov.cn/check/JM-JD-2025-000123?code={VerificationCode}", VerificationCode))
    {
        TestItems =
        [
            new("外观检查 Visual inspection", "符合要求 / Meets the requirements", "合格 Pass"),
            new("置零准确度 Zero-setting", "符合要求 / Meets the requirements", "合格 Pass"),
            new("称量 Weighing", "见测量结果 / See the results", "合格 Pass"),
            new("重复性 Repeatability", "15 kg：极差 0.005 kg，允许 0.010 kg / spread 0.005, limit 0.010", "合格 Pass"),
            new("重复性 Repeatability", "30 kg：极差 0.005 kg，允许 0.015 kg / spread 0.005, limit 0.015", "合格 Pass"),
        ],
    };

    public static CertificateDocument Notice() => Verification() with
    {
        Kind = CertificateKind.VerificationResultNotice,
        CertificateNumber = "JM-TZ-2025-000045",
        ValidUntil = null,
        Conclusion = "不合格：第 3 点示值误差超出最大允许误差 / Fail: error at point 3 exceeds the MPE",
    };

    public static CertificateDocument Calibration() => Verification() with
    {
        Kind = CertificateKind.CalibrationCertificate,
        CertificateNumber = "JM-JZ-2025-000310",
        Procedure = new CertificateProcedure("JJF 1847-2020", "电子天平校准规范"),
        Results = Points(12, verdict: false),
        DecisionRule = null,
        Conclusion = "仅给出校准结果，不作符合性判定 / Results only, no statement of conformity",
        TestItems = [],
        ValidUntil = null,
        RecommendedRecalibrationOn = new DateOnly(2026, 3, 11),
    };

    private static List<CertificateResultPoint> Points(int count, bool verdict)
    {
        var points = new List<CertificateResultPoint>(count);
        for (var i = 0; i < count; i++)
        {
            var nominal = 0.5m + (i * 0.75m);
            var error = ((i % 5) - 2) * 0.001m;
            points.Add(new CertificateResultPoint(
                "质量 Mass",
                "kg",
                nominal.ToString("0.000", CultureInfo.InvariantCulture),
                (nominal + error).ToString("0.000", CultureInfo.InvariantCulture),
                error.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture),
                verdict ? "±0.010" : null,
                "0.0020",
                "2.26, p≈95 %",
                verdict ? "合格 Pass" : null)
            {
                Item = verdict ? "称量 Weighing" : null,
            });
        }

        return points;
    }
}
