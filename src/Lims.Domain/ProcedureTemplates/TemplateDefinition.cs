using Lims.Domain.Measurements;

namespace Lims.Domain.ProcedureTemplates;

/// <summary>
/// What a procedure (检定规程 / 校准规范) asks of one measurement (rule 14): the instrument's
/// parameters it needs, its test items with their points for the instrument's range and class,
/// each point's MPE as a rule, the readings per point, the uncertainty budget, the coverage, the
/// significant digits of U and the guard-band factor.
/// </summary>
/// <param name="Basis">The edition and table it follows, e.g. "JJG 539-2016 表3", printed nowhere but kept with it.</param>
/// <param name="Quantity">What every point measures, e.g. "质量 Mass".</param>
/// <param name="Unit">The unit of nominal values, readings, MPE and absolute components.</param>
/// <param name="RangeParameter">The parameter no nominal may exceed (a scale's Max, a gauge's upper limit); points beyond it are left out.</param>
public sealed record TemplateDefinition(
    string Basis,
    string Quantity,
    string Unit,
    IReadOnlyList<TemplateParameter> Parameters,
    string? RangeParameter,
    MpeRule Mpe,
    IReadOnlyList<TestItemTemplate> TestItems,
    IReadOnlyList<ComponentTemplate> Budget,
    TemplateMethod Method)
{
    public CorrelationTemplate? Correlation { get; init; }
}

public enum TemplateParameterKind
{
    /// <summary>A positive number in the parameter's unit.</summary>
    Number,

    /// <summary>One of the listed choices, e.g. an accuracy class.</summary>
    Choice,
}

/// <summary>One instrument parameter a template needs, e.g. Max, e, the accuracy class.</summary>
public sealed record TemplateParameter(string Name, string Label, TemplateParameterKind Kind, string? Unit = null, IReadOnlyList<string>? Choices = null);

/// <summary>How the points are evaluated and judged: coverage, significant digits, guard band and (calibration) decision rule.</summary>
public sealed record TemplateMethod(Coverage Coverage = Coverage.P95, int SignificantDigits = 2, decimal GuardBandFactor = 1m, DecisionRule CalibrationRule = DecisionRule.SimpleAcceptance);

public enum TestItemKind
{
    /// <summary>Judged by the technician (外观检查, 零点): passed or not.</summary>
    Check,

    /// <summary>Measured points, each evaluated (rule 2) and judged against its MPE (rule 3).</summary>
    Points,

    /// <summary>Repeated readings judged on their spread (重复性, 回程误差).</summary>
    Spread,
}

/// <summary>One test item (检定项目) of the procedure.</summary>
/// <param name="Code">Short and stable, e.g. <c>weighing</c>; results name the item by it.</param>
/// <param name="SpreadFactor">Spread items: the spread may not exceed |MPE| × this.</param>
public sealed record TestItemTemplate(string Code, string Name, TestItemKind Kind, IReadOnlyList<PointTemplate>? Points = null, int ReadingsPerPoint = 1, decimal SpreadFactor = 1m);

/// <summary>
/// A point's nominal value: <see cref="Multiple"/> × the parameter <see cref="Of"/> (or the
/// multiple itself when <see cref="Of"/> is null), only for the listed classes when some are listed.
/// </summary>
public sealed record PointTemplate(decimal Multiple, string? Of = null, IReadOnlyList<string>? Classes = null, string? Label = null);

public enum MpeRuleKind
{
    /// <summary>A class table in scale intervals: up to n·e the MPE is v·e (JJG 539).</summary>
    ScaleIntervalBands,

    /// <summary>A class table in percent of the span: up to x % of the upper limit the MPE is v % of the span (JJG 52).</summary>
    PercentOfSpanBands,

    /// <summary>±(p % of the reading + n digits), the reading taken as the applied (nominal) value (a digital multimeter).</summary>
    PercentOfReadingPlusDigits,

    /// <summary>Fixed limits in the point's unit, possibly asymmetric.</summary>
    FixedLimits,
}

/// <summary>
/// A point's MPE as a rule of the instrument's parameters. Bands: the first band whose
/// <see cref="MpeBand.UpTo"/> the load reaches (in e, or in % of the upper limit) gives the value
/// (in e, or in % of the span); a band without UpTo covers the rest.
/// </summary>
public sealed record MpeRule(MpeRuleKind Kind)
{
    /// <summary>The parameter holding the accuracy class that picks the table.</summary>
    public string? ClassParameter { get; init; }

    /// <summary>ScaleIntervalBands: the scale interval e; PercentOfSpanBands: the upper limit; PercentOfReadingPlusDigits: the resolution (one digit).</summary>
    public string? Parameter { get; init; }

    /// <summary>PercentOfSpanBands: the lower limit of the range, when not zero.</summary>
    public string? LowerParameter { get; init; }

    public IReadOnlyList<MpeClassTable> Classes { get; init; } = [];

    public decimal PercentOfReading { get; init; }

    public decimal Digits { get; init; }

    public decimal Lower { get; init; }

    public decimal Upper { get; init; }

    /// <summary>In-service inspection (使用中检查) multiplies the MPE by this (JJG 539: 2).</summary>
    public decimal InServiceFactor { get; init; } = 1m;
}

/// <summary>The bands of one accuracy class, and for a scale the number of intervals n = Max/e the class allows.</summary>
public sealed record MpeClassTable(string Class, IReadOnlyList<MpeBand> Bands, decimal? MinIntervals = null, decimal? MaxIntervals = null);

public sealed record MpeBand(decimal? UpTo, decimal Value);

public enum ComponentSource
{
    /// <summary>A value fixed in the template.</summary>
    Fixed,

    /// <summary><see cref="ComponentTemplate.Value"/> × an instrument parameter, e.g. ½ × the resolution.</summary>
    Parameter,

    /// <summary>The expanded uncertainty of the cited equipment's calibration valid on the performance date.</summary>
    Equipment,
}

/// <summary>One line of the budget template.</summary>
public sealed record ComponentTemplate(string Name, ComponentSource Source, double Value, Distribution Distribution)
{
    public string? Parameter { get; init; }

    public double CoverageFactor { get; init; } = 2.0;

    public double SensitivityCoefficient { get; init; } = 1.0;

    public ComponentScale Scale { get; init; } = ComponentScale.Absolute;

    public double? DegreesOfFreedom { get; init; }
}

public sealed record CorrelationTemplate(string First, string Second, double Coefficient);
