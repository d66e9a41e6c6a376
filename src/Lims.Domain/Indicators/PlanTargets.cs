using Lims.Domain.ReferenceData;

namespace Lims.Domain.Indicators;

/// <summary>
/// The targets of 《江门市计量发展“十三五”规划》 (rule 11) and the scope each applies to (rule 16): the
/// rates to any scope, the standards in date to each laboratory by its level, the public standards
/// and the fees waived to the city's totals only.
/// </summary>
public static class PlanTargets
{
    /// <summary>国家重点管理计量器具受检率达到97%以上.</summary>
    public const decimal CoverageRate = 97m;

    /// <summary>合格率达到92%以上.</summary>
    public const decimal PassRate = 92m;

    /// <summary>市、县级国家法定计量检定机构建标分别达到150项以上和15项以上.</summary>
    public const int CityStandards = 150;

    public const int CountyStandards = 15;

    /// <summary>社会公用计量标准总数达到200项以上: a total of the city.</summary>
    public const int PublicStandards = 200;

    /// <summary>全市全年免检免征计量器具金额达到2000万元以上: a total of the city.</summary>
    public const decimal FeesWaived = 20_000_000m;

    /// <summary>Standards in date a laboratory of that level should hold.</summary>
    public static int StandardsInDate(LaboratoryLevel level) => level == LaboratoryLevel.City ? CityStandards : CountyStandards;

    /// <summary>The targets of a report on one laboratory of <paramref name="laboratory"/>'s level, or on the city's totals when null.</summary>
    public static ReportTargets For(LaboratoryLevel? laboratory) => laboratory is null
        ? new ReportTargets(CoverageRate, PassRate, PublicStandards, FeesWaived)
        : new ReportTargets(CoverageRate, PassRate, null, null);
}

/// <summary>The targets a report compares its figures with; null where no target applies to its scope.</summary>
public sealed record ReportTargets(decimal CoverageRate, decimal PassRate, decimal? PublicStandards, decimal? FeesWaived);
