using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.Certificates;
using Lims.Domain.Customers;
using Lims.Domain.Indicators;
using Lims.Domain.ReferenceData;
using Lims.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

using Lims.Application.Features.Reports;

namespace Lims.Benchmarks.Reports.Baseline;

/// <summary>
/// A frozen copy of the KPI report handler before its queries were reshaped (correlated coverage
/// per instrument, the year's certificates joined to instruments and customers row by row, fees
/// joined to every work order): the baseline the benchmark measures the handler against.
/// </summary>
public sealed class BaselineKpiReportHandler(ILimsDb db, TimeProvider clock, IOptions<ReportOptions> options)
{
    /// <summary>国家重点管理计量器具受检率达到97%以上.</summary>
    public const decimal CoverageTarget = 97m;

    /// <summary>合格率达到92%以上.</summary>
    public const decimal PassRateTarget = 92m;

    /// <summary>市、县级国家法定计量检定机构建标分别达到150项以上和15项以上.</summary>
    public const int CityStandardsTarget = 150;

    public const int CountyStandardsTarget = 15;

    public async Task<KpiReport> ReportAsync(KpiQuery query, CancellationToken ct)
    {
        var year = query.Year!.Value;
        var lab = string.IsNullOrWhiteSpace(query.LaboratoryCode) ? null : query.LaboratoryCode.Trim().ToUpperInvariant();
        LaboratoryLevel? level = lab is null ? null
            : await db.Laboratories.Where(l => l.Code == lab).Select(l => (LaboratoryLevel?)l.Level).FirstOrDefaultAsync(ct) ?? throw new NotFoundException(nameof(Laboratory), lab);

        // The targets of the scope as the current handler gives them, so that kpi-query-times compares the figures.
        var targets = PlanTargets.For(level);
        var period = new Period(year, clock);
        var coverage = await CoverageAsync(lab, period, ct);
        var issued = await IssuedAsync(lab, period, ct);
        var (standards, publicStandards) = await StandardsAsync(lab, period.StandardsAsOf, targets, ct);
        var (fees, feesByDistrict) = await FeesWaivedAsync(lab, period, targets, ct);
        var overdueAfter = options.Value.OverdueWorkOrderDays;
        return new KpiReport(year, lab, level, period.Start, period.End, period.StandardsAsOf,
            coverage, issued.PassRate, issued.ByInstrumentType, issued.ByCustomerCategory,
            standards, publicStandards, fees, feesByDistrict, issued.ByKind,
            await MedianTurnaroundAsync(lab, period, ct),
            await OverdueWorkOrdersAsync(lab, period, overdueAfter, ct),
            overdueAfter);
    }

    /// <summary>
    /// 受检率: active compulsory instruments (not retired on or before the year end) with a current
    /// verification certificate performed within [year end − interval months, year end] ÷ all active
    /// compulsory instruments. For a laboratory: the instruments received there up to the year end.
    /// </summary>
    private async Task<KpiIndicator> CoverageAsync(string? lab, Period period, CancellationToken ct)
    {
        var end = period.End;
        var instruments = db.Instruments.AsNoTracking().Where(i => i.RetiredOn == null || i.RetiredOn > end);
        if (lab is not null)
        {
            var until = period.EndInstant;
            instruments = instruments.Where(i => db.WorkOrders.Any(w => w.InstrumentId == i.Id && w.LaboratoryCode == lab && w.RegisteredAt < until));
        }

        var population =
            from i in instruments
            join t in db.InstrumentTypes on i.TypeCode equals t.Code
            where t.Compulsory
            select new CoverageCandidate { InstrumentId = i.Id, IntervalMonths = t.IntervalMonths };
        var verifications = db.Certificates.AsNoTracking()
            .Where(c => c.Kind == CertificateKind.VerificationCertificate && !c.Revoked && c.SupersededBy == null && c.PerformedOn <= end);
        var intervals = await db.InstrumentTypes.Where(t => t.Compulsory).Select(t => t.IntervalMonths).Distinct().ToListAsync(ct);
        var covered = IntervalWindow.Expand<Func<CoverageCandidate, bool>>(
            p => verifications.Any(c => c.InstrumentId == p.InstrumentId && c.PerformedOn >= IntervalWindow.Start(p.IntervalMonths)), end, intervals);

        var total = await population.LongCountAsync(ct);
        var verified = total == 0 ? 0 : await population.Where(covered).LongCountAsync(ct);
        return KpiIndicator.Rate(verified, total, CoverageTarget);
    }

    /// <summary>
    /// One pass over the year's certificates — originals (amendments are the same verification),
    /// not revoked (void), issued in the year, the laboratory's when given — grouped by instrument
    /// type, customer category and kind: the pass rate, its two breakdowns and the counts by kind
    /// are all sums of these few hundred rows.
    /// </summary>
    private async Task<IssuedSummary> IssuedAsync(string? lab, Period period, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        var issued = db.Certificates.AsNoTracking().Where(c => c.IssuedOn >= start && c.IssuedOn <= end && c.Supersedes == null && !c.Revoked);
        if (lab is not null)
        {
            issued = issued.Where(c => c.LaboratoryCode == lab);
        }

        var rows = await (
            from c in issued
            join i in db.Instruments on c.InstrumentId equals i.Id
            join cu in db.Customers on c.CustomerId equals cu.Id
            group c by new { i.TypeCode, cu.Category, c.Kind } into g
            select new IssuedCount(g.Key.TypeCode, g.Key.Category, g.Key.Kind, g.LongCount())).ToListAsync(ct);
        var codes = rows.Select(r => r.TypeCode).Distinct().ToList();
        var names = await db.InstrumentTypes.AsNoTracking().Where(t => codes.Contains(t.Code)).ToDictionaryAsync(t => t.Code, t => t.Name, ct);
        return new IssuedSummary(rows, names);
    }

    private static KpiIndicator PassRate(IEnumerable<IssuedCount> rows)
    {
        var verifications = rows.Where(r => r.Kind != CertificateKind.CalibrationCertificate).ToList();
        return KpiIndicator.Rate(verifications.Where(r => r.Kind == CertificateKind.VerificationCertificate).Sum(r => r.Count), verifications.Sum(r => r.Count), PassRateTarget);
    }

    private sealed record IssuedCount(string TypeCode, CustomerCategory Category, CertificateKind Kind, long Count);

    private sealed record IssuedSummary(IReadOnlyList<IssuedCount> Rows, IReadOnlyDictionary<string, string> TypeNames)
    {
        private IEnumerable<IssuedCount> Verifications => Rows.Where(r => r.Kind != CertificateKind.CalibrationCertificate);

        public KpiIndicator PassRate => BaselineKpiReportHandler.PassRate(Rows);

        public IReadOnlyList<KpiGroup> ByInstrumentType =>
            [.. Verifications.GroupBy(r => r.TypeCode).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new KpiGroup(g.Key, TypeNames.GetValueOrDefault(g.Key, g.Key), BaselineKpiReportHandler.PassRate(g)))];

        public IReadOnlyList<KpiGroup> ByCustomerCategory =>
            [.. Verifications.GroupBy(r => r.Category).OrderBy(g => g.Key)
                .Select(g => new KpiGroup(g.Key.ToString(), CategoryNames.For(g.Key), BaselineKpiReportHandler.PassRate(g)))];

        public IReadOnlyList<KpiGroup> ByKind =>
            [.. Enum.GetValues<CertificateKind>().Select(kind => new KpiGroup(kind.ToString(), KindNames.For(kind),
                KpiIndicator.Info(Rows.Where(r => r.Kind == kind).Sum(r => r.Count), KpiIndicator.Count)))];
    }

    /// <summary>Standards whose assessment certificate is valid on the as-of day, per laboratory, and the public ones.</summary>
    private async Task<(IReadOnlyList<KpiGroup> PerLaboratory, KpiIndicator Public)> StandardsAsync(string? lab, DateOnly asOf, ReportTargets targets, CancellationToken ct)
    {
        var laboratories = await db.Laboratories.AsNoTracking().Where(l => lab == null || l.Code == lab)
            .OrderBy(l => l.Code).Select(l => new { l.Code, l.Name, l.Level }).ToListAsync(ct);
        var counts = await db.MeasurementStandards.AsNoTracking()
            .Where(s => s.AssessmentValidUntil >= asOf && (lab == null || s.LaboratoryCode == lab))
            .GroupBy(s => s.LaboratoryCode)
            .Select(g => new { Code = g.Key, Count = g.LongCount(), Public = g.LongCount(s => s.IsPublicStandard) })
            .ToDictionaryAsync(x => x.Code, ct);
        var perLaboratory = laboratories.Select(l => new KpiGroup(l.Code, l.Name,
            KpiIndicator.AtLeast(counts.TryGetValue(l.Code, out var c) ? c.Count : 0, KpiIndicator.Count, l.Level == LaboratoryLevel.City ? CityStandardsTarget : CountyStandardsTarget)));
        return ([.. perLaboratory], KpiIndicator.AtLeast(counts.Values.Sum(c => c.Public), KpiIndicator.Count, targets.PublicStandards));
    }

    /// <summary>免征金额: the waived fees of the items received in the year (cancelled work excluded), by the customer's district.</summary>
    private async Task<(KpiIndicator Total, IReadOnlyList<KpiGroup> ByDistrict)> FeesWaivedAsync(string? lab, Period period, ReportTargets targets, CancellationToken ct)
    {
        var (since, until) = (period.StartInstant, period.EndInstant);
        var rows = await (
            from s in db.Submissions.AsNoTracking()
            where s.ReceivedAt >= since && s.ReceivedAt < until && (lab == null || s.LaboratoryCode == lab)
            from item in s.Items
            where item.FeeWaived > 0
            join w in db.WorkOrders on item.WorkOrderId equals w.Id
            where w.Status != WorkOrderStatus.Cancelled
            join cu in db.Customers on s.CustomerId equals cu.Id
            group item.FeeWaived by cu.District into g
            select new { District = g.Key, Waived = g.Sum(), Items = g.LongCount() }).ToListAsync(ct);
        var byDistrict = rows.OrderBy(r => r.District, StringComparer.Ordinal)
            .Select(r => new KpiGroup(r.District, r.District, new KpiIndicator(r.Waived, KpiIndicator.Yuan, r.Items, null, null, null)));
        return (KpiIndicator.AtLeast(rows.Sum(r => r.Waived), KpiIndicator.Yuan, targets.FeesWaived), [.. byDistrict]);
    }

    /// <summary>Median of the calendar days from receipt to approval, over the work orders approved in the year.</summary>
    private async Task<KpiIndicator> MedianTurnaroundAsync(string? lab, Period period, CancellationToken ct)
    {
        var (since, until) = (period.StartInstant, period.EndInstant);
        var histogram = await db.WorkOrders.AsNoTracking()
            .Where(w => w.ApprovedAt >= since && w.ApprovedAt < until && w.TurnaroundDays != null && (lab == null || w.LaboratoryCode == lab))
            .GroupBy(w => w.TurnaroundDays!.Value)
            .Select(g => new { Days = g.Key, Count = g.LongCount() })
            .ToListAsync(ct);
        var total = histogram.Sum(h => h.Count);
        return new KpiIndicator(Median(histogram.Select(h => (h.Days, h.Count)), total), KpiIndicator.Days, null, total, null, null);
    }

    /// <summary>Work orders registered up to the year end, still open today, received more than the configured days ago.</summary>
    private async Task<KpiIndicator> OverdueWorkOrdersAsync(string? lab, Period period, int days, CancellationToken ct)
    {
        var (until, olderThan) = (period.EndInstant, clock.GetUtcNow().AddDays(-days));
        var overdue = await db.WorkOrders.AsNoTracking()
            .Where(w => w.Status != WorkOrderStatus.Approved && w.Status != WorkOrderStatus.Cancelled)
            .Where(w => w.RegisteredAt < until && w.RegisteredAt < olderThan && (lab == null || w.LaboratoryCode == lab))
            .LongCountAsync(ct);
        return KpiIndicator.Info(overdue, KpiIndicator.Count);
    }

    private static decimal? Median(IEnumerable<(int Days, long Count)> histogram, long total)
    {
        if (total == 0)
        {
            return null;
        }

        // The values at positions ⌈n/2⌉ and ⌊n/2⌋ + 1 (1-based): the same one when n is odd.
        var (lower, upper) = ((total + 1) / 2, (total / 2) + 1);
        int? low = null, high = null;
        long seen = 0;
        foreach (var (days, count) in histogram.OrderBy(h => h.Days))
        {
            seen += count;
            low ??= seen >= lower ? days : null;
            if (seen >= upper)
            {
                high = days;
                break;
            }
        }

        return (low!.Value + high!.Value) / 2m;
    }

    private sealed class Period(int year, TimeProvider clock)
    {
        public DateOnly Start { get; } = new(year, 1, 1);

        public DateOnly End { get; } = new(year, 12, 31);

        public DateTimeOffset StartInstant => ChinaTime.StartOf(Start);

        /// <summary>Midnight at the start of the next year, exclusive.</summary>
        public DateTimeOffset EndInstant => ChinaTime.StartOf(End.AddDays(1));

        /// <summary>The year end, or today while the year is not over.</summary>
        public DateOnly StandardsAsOf { get; } = DateOnly.FromDayNumber(Math.Min(new DateOnly(year, 12, 31).DayNumber, clock.Today().DayNumber));
    }
}

/// <summary>A compulsory instrument and its verification interval, for the coverage queries.</summary>
internal sealed class CoverageCandidate
{
    public Guid InstrumentId { get; init; }

    public int IntervalMonths { get; init; }
}

internal static class CategoryNames
{
    public static string For(CustomerCategory category) => category switch
    {
        CustomerCategory.Market => "集贸市场 Market",
        CustomerCategory.Medical => "医疗卫生 Medical",
        CustomerCategory.FuelStation => "加油站 Fuel station",
        CustomerCategory.Taxi => "出租汽车 Taxi",
        CustomerCategory.Enterprise => "企业 Enterprise",
        CustomerCategory.Government => "机关事业单位 Government",
        _ => "其他 Other",
    };
}

internal static class KindNames
{
    public static string For(CertificateKind kind) => kind switch
    {
        CertificateKind.VerificationCertificate => "检定证书 Verification certificate",
        CertificateKind.VerificationResultNotice => "检定结果通知书 Verification result notice",
        _ => "校准证书 Calibration certificate",
    };
}
