using Lims.Domain.ReferenceData;

namespace Lims.Application.Features.Reports;

/// <summary>
/// The city plan's indicators for a year (domain rule 11), city-wide or for one laboratory, each
/// with the target that applies to that scope (rule 16): a laboratory's standards against its
/// level's target (<c>laboratoryLevel</c>), the public standards and fees waived against the city's
/// targets only in the city's totals. Rates are percentages rounded to two decimals; <c>met</c> is
/// decided on the exact fraction.
/// </summary>
public sealed record KpiReport(
    int Year,
    string? LaboratoryCode,
    LaboratoryLevel? LaboratoryLevel,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly StandardsAsOf,
    KpiIndicator CoverageRate,
    KpiIndicator PassRate,
    IReadOnlyList<KpiGroup> PassRateByInstrumentType,
    IReadOnlyList<KpiGroup> PassRateByCustomerCategory,
    IReadOnlyList<KpiGroup> StandardsInDate,
    KpiIndicator PublicStandards,
    KpiIndicator FeesWaived,
    IReadOnlyList<KpiGroup> FeesWaivedByDistrict,
    IReadOnlyList<KpiGroup> CertificatesByKind,
    KpiIndicator MedianTurnaroundDays,
    KpiIndicator OverdueWorkOrders,
    int OverdueAfterDays);

/// <summary>
/// One indicator: the value (null when there is nothing to measure), its unit (<c>percent</c>,
/// <c>count</c>, <c>CNY</c>, <c>days</c>), numerator and denominator for a rate, the plan's target
/// and whether it is met (both null where the plan sets no target).
/// </summary>
public sealed record KpiIndicator(decimal? Value, string Unit, long? Numerator, long? Denominator, decimal? Target, bool? Met)
{
    public const string Percent = "percent";
    public const string Count = "count";
    public const string Yuan = "CNY";
    public const string Days = "days";

    /// <summary>numerator ÷ denominator in percent; met when numerator × 100 ≥ target × denominator.</summary>
    public static KpiIndicator Rate(long numerator, long denominator, decimal? target) => new(
        denominator == 0 ? null : Math.Round(100m * numerator / denominator, 2, MidpointRounding.AwayFromZero),
        Percent, numerator, denominator, target,
        target is { } t ? denominator > 0 && numerator * 100m >= t * denominator : null);

    /// <summary>The value against a lower bound; no target (and no verdict) when <paramref name="target"/> is null.</summary>
    public static KpiIndicator AtLeast(decimal value, string unit, decimal? target) => new(value, unit, null, null, target, target is { } t ? value >= t : null);

    public static KpiIndicator Info(decimal? value, string unit) => new(value, unit, null, null, null, null);
}

/// <summary>An indicator for one group: an instrument type, a customer category, a laboratory, a district, a kind.</summary>
public sealed record KpiGroup(string Key, string Name, KpiIndicator Indicator);
