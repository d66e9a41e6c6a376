using Lims.Domain.Measurements;

namespace Lims.Domain.ProcedureTemplates;

/// <summary>
/// The templates every new database starts with (reference data; a laboratory adapts one by
/// making its own version). Editions and tables followed are named in each <see cref="TemplateDefinition.Basis"/>.
/// </summary>
public static class ShippedTemplates
{
    public const string DigitalScaleCode = "JJG 539-2016";
    public const string PressureGaugeCode = "JJG 52-2013";
    public const string MultimeterCode = "JJF 1587-2016";

    /// <summary>
    /// JJG 539-2016 数字指示秤, 表3: class III ±0.5e to 500e, ±1.0e to 2000e, ±1.5e to 10000e;
    /// class IIII ±0.5e to 50e, ±1.0e to 200e, ±1.5e to 1000e; n = Max/e 100–10000 (III), 100–1000
    /// (IIII); in-service inspection twice the verification MPE. Weighing at Min (20e, 10e), the
    /// two change points, ½Max and Max; repeatability at ½Max and Max (spread ≤ |MPE|);
    /// eccentricity at ⅓Max in five positions. Budget: the weights' calibration U/k and the
    /// change-point resolution 0.1e (half-width 0.05e, rectangular); Type A from the readings.
    /// </summary>
    public static readonly TemplateDefinition DigitalScale = new(
        "JJG 539-2016 数字指示秤 表3 (最大允许误差), 7.3 称量、重复性、偏载",
        "质量 Mass",
        "kg",
        [
            new TemplateParameter("max", "最大秤量 Max", TemplateParameterKind.Number, "kg"),
            new TemplateParameter("e", "检定分度值 e", TemplateParameterKind.Number, "kg"),
            new TemplateParameter("class", "准确度等级 Accuracy class", TemplateParameterKind.Choice, null, ["III", "IIII"]),
        ],
        "max",
        new MpeRule(MpeRuleKind.ScaleIntervalBands)
        {
            Parameter = "e",
            ClassParameter = "class",
            InServiceFactor = 2m,
            Classes =
            [
                new MpeClassTable("III", [new MpeBand(500m, 0.5m), new MpeBand(2000m, 1.0m), new MpeBand(10000m, 1.5m)], 100m, 10000m),
                new MpeClassTable("IIII", [new MpeBand(50m, 0.5m), new MpeBand(200m, 1.0m), new MpeBand(1000m, 1.5m)], 100m, 1000m),
            ],
        },
        [
            new TestItemTemplate("appearance", "外观检查 Visual inspection", TestItemKind.Check),
            new TestItemTemplate("zero", "置零准确度 Zero-setting", TestItemKind.Check),
            new TestItemTemplate("weighing", "称量 Weighing", TestItemKind.Points,
            [
                new PointTemplate(20m, "e", ["III"], "Min"),
                new PointTemplate(10m, "e", ["IIII"], "Min"),
                new PointTemplate(500m, "e", ["III"]),
                new PointTemplate(50m, "e", ["IIII"]),
                new PointTemplate(2000m, "e", ["III"]),
                new PointTemplate(200m, "e", ["IIII"]),
                new PointTemplate(0.5m, "max"),
                new PointTemplate(1m, "max", null, "Max"),
            ], ReadingsPerPoint: 3),
            new TestItemTemplate("repeatability", "重复性 Repeatability", TestItemKind.Spread,
                [new PointTemplate(0.5m, "max"), new PointTemplate(1m, "max", null, "Max")], ReadingsPerPoint: 3),
            new TestItemTemplate("eccentricity", "偏载 Eccentricity", TestItemKind.Points,
            [
                new PointTemplate(1m / 3m, "max", null, "中 centre"),
                new PointTemplate(1m / 3m, "max", null, "1"),
                new PointTemplate(1m / 3m, "max", null, "2"),
                new PointTemplate(1m / 3m, "max", null, "3"),
                new PointTemplate(1m / 3m, "max", null, "4"),
            ]),
        ],
        [
            new ComponentTemplate("标准砝码 U/k Weights", ComponentSource.Equipment, 0, Distribution.Normal),
            new ComponentTemplate("闪变点分辨力 0.1e Change-point resolution", ComponentSource.Parameter, 0.05, Distribution.Rectangular) { Parameter = "e" },
        ],
        new TemplateMethod());

    /// <summary>
    /// JJG 52-2013 弹性元件式一般压力表, 5.1 表1: MPE in % of the span by accuracy class 1.0, 1.6,
    /// 2.5, 4.0 — up to 90 % of the upper limit the class value, above it 1.6, 2.5, 4.0, 4.0;
    /// hysteresis (回程误差) not above |MPE|. Points at 20 … 100 % of the upper limit, one reading up
    /// and one down. Budget: the standard's calibration (relative or absolute as its certificate
    /// states) and reading the pointer to a fifth of a division (half-width 0.1 division).
    /// </summary>
    public static readonly TemplateDefinition PressureGauge = new(
        "JJG 52-2013 弹性元件式一般压力表 5.1 表1 (示值最大允许误差, 量程的百分数), 5.2 回程误差",
        "压力 Pressure",
        "MPa",
        [
            new TemplateParameter("upper", "测量上限 Upper limit", TemplateParameterKind.Number, "MPa"),
            new TemplateParameter("division", "分度值 Division", TemplateParameterKind.Number, "MPa"),
            new TemplateParameter("class", "准确度等级 Accuracy class", TemplateParameterKind.Choice, null, ["1.0", "1.6", "2.5", "4.0"]),
        ],
        "upper",
        new MpeRule(MpeRuleKind.PercentOfSpanBands)
        {
            Parameter = "upper",
            ClassParameter = "class",
            Classes =
            [
                new MpeClassTable("1.0", [new MpeBand(90m, 1.0m), new MpeBand(null, 1.6m)]),
                new MpeClassTable("1.6", [new MpeBand(90m, 1.6m), new MpeBand(null, 2.5m)]),
                new MpeClassTable("2.5", [new MpeBand(90m, 2.5m), new MpeBand(null, 4.0m)]),
                new MpeClassTable("4.0", [new MpeBand(null, 4.0m)]),
            ],
        },
        [
            new TestItemTemplate("appearance", "外观 Visual inspection", TestItemKind.Check),
            new TestItemTemplate("zero", "零位误差 Zero error", TestItemKind.Check),
            new TestItemTemplate("indication", "示值误差 Indication error", TestItemKind.Points,
                [new PointTemplate(0.2m, "upper"), new PointTemplate(0.4m, "upper"), new PointTemplate(0.6m, "upper"), new PointTemplate(0.8m, "upper"), new PointTemplate(1m, "upper")], ReadingsPerPoint: 2),
            new TestItemTemplate("hysteresis", "回程误差 Hysteresis", TestItemKind.Spread,
                [new PointTemplate(0.2m, "upper"), new PointTemplate(0.4m, "upper"), new PointTemplate(0.6m, "upper"), new PointTemplate(0.8m, "upper"), new PointTemplate(1m, "upper")], ReadingsPerPoint: 2),
            new TestItemTemplate("tapping", "轻敲位移 Tapping displacement", TestItemKind.Check),
        ],
        [
            new ComponentTemplate("标准器 U/k Reference gauge", ComponentSource.Equipment, 0, Distribution.Normal),
            new ComponentTemplate("读数 1/5 分度 Reading to a fifth of a division", ComponentSource.Parameter, 0.1, Distribution.Rectangular) { Parameter = "division" },
        ],
        new TemplateMethod());

    /// <summary>
    /// JJF 1587-2016 数字多用表校准规范, direct-voltage points at 10 %, 50 % and 90 % of the range:
    /// the MPE is the meter's specification ±(a % of reading + n digits) — here 0.05 % + 2 digits, a
    /// 4½-digit bench meter; a laboratory's version states its meters' figures. Budget: the
    /// calibrator's U as its certificate states it and the resolution (half a digit, rectangular).
    /// </summary>
    public static readonly TemplateDefinition Multimeter = new(
        "JJF 1587-2016 数字多用表校准规范 7.2 直流电压; 最大允许误差按制造厂技术指标 ±(0.05 % 读数 + 2 字)",
        "直流电压 DC voltage",
        "V",
        [
            new TemplateParameter("range", "量程 Range", TemplateParameterKind.Number, "V"),
            new TemplateParameter("resolution", "分辨力 Resolution", TemplateParameterKind.Number, "V"),
        ],
        "range",
        new MpeRule(MpeRuleKind.PercentOfReadingPlusDigits) { Parameter = "resolution", PercentOfReading = 0.05m, Digits = 2m },
        [
            new TestItemTemplate("dcv", "直流电压 DC voltage", TestItemKind.Points,
                [new PointTemplate(0.1m, "range"), new PointTemplate(0.5m, "range"), new PointTemplate(0.9m, "range")], ReadingsPerPoint: 3),
        ],
        [
            new ComponentTemplate("校准源 U/k Calibrator", ComponentSource.Equipment, 0, Distribution.Normal),
            new ComponentTemplate("分辨力 Resolution", ComponentSource.Parameter, 0.5, Distribution.Rectangular) { Parameter = "resolution" },
        ],
        new TemplateMethod());

    /// <summary>The shipped templates by procedure code, each with the fixed id of its first version.</summary>
    public static readonly IReadOnlyList<(Guid Id, string ProcedureCode, TemplateDefinition Definition)> All =
    [
        (new Guid("0190f1c0-0000-7000-8000-000000000539"), DigitalScaleCode, DigitalScale),
        (new Guid("0190f1c0-0000-7000-8000-000000000052"), PressureGaugeCode, PressureGauge),
        (new Guid("0190f1c0-0000-7000-8000-000000001587"), MultimeterCode, Multimeter),
    ];
}
