using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.InstrumentTypes;
using Lims.Domain.Certificates;
using Lims.Domain.Customers;
using Lims.Domain.Indicators;
using Lims.Domain.Instruments;
using Lims.Domain.ReferenceData;
using Lims.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lims.Application.Features.Reports;

/// <summary>
/// The city plan's indicators (domain rule 11; definitions in docs/reports.md), each against the
/// target that applies to the report's scope (rule 16, <see cref="PlanTargets"/>). Every figure is a
/// count, sum or GROUP BY in the database; only grouped rows come back (the median from a
/// histogram of turnaround days).
/// </summary>
public sealed class KpiReportHandler(ILimsDb db, IServiceScopeFactory scopes, ICurrentUser user, TimeProvider clock, IOptions<ReportOptions> options)
{
    public async Task<KpiReport> ReportAsync(KpiQuery query, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(query, ct);
        var year = query.Year!.Value;
        // A laboratory's report is read by its own people; the city's and any laboratory's by the City quality managers (rule 12).
        var lab = user.LaboratoryToReview(string.IsNullOrWhiteSpace(query.LaboratoryCode) ? null : query.LaboratoryCode.Trim().ToUpperInvariant());
        LaboratoryLevel? level = lab is null ? null
            : await db.Laboratories.Where(l => l.Code == lab).Select(l => (LaboratoryLevel?)l.Level).FirstOrDefaultAsync(ct) ?? throw new NotFoundException(nameof(Laboratory), lab);
        var targets = PlanTargets.For(level);
        var compulsory = await CompulsoryPairs.LoadAsync(db, ct);

        var period = new Period(year, clock);
        // Coverage's two counts, the heaviest queries, each run on a connection of their own while
        // the other indicators are counted on this one: the report takes the time of its longest part.
        // Both are awaited, so a failure of either ends the report only once the other has stopped.
        var coverage = CoverageAsync(lab, period, compulsory, targets, ct);
        var report = WithOtherIndicatorsAsync();
        await Task.WhenAll(coverage, report);
        return await report;

        async Task<KpiReport> WithOtherIndicatorsAsync()
        {
            var issued = await IssuedAsync(lab, period, ct);
            var (standards, publicStandards) = await StandardsAsync(lab, period.StandardsAsOf, targets, ct);
            var (fees, feesByDistrict) = await FeesWaivedAsync(lab, period, targets, ct);
            var overdueAfter = options.Value.OverdueWorkOrderDays;
            var median = await MedianTurnaroundAsync(lab, period, ct);
            var overdue = await OverdueWorkOrdersAsync(lab, period, overdueAfter, ct);
            return new KpiReport(year, lab, level, period.Start, period.End, period.StandardsAsOf,
                await coverage, issued.PassRate, issued.ByInstrumentType, issued.ByCustomerCategory,
                standards, publicStandards, fees, feesByDistrict, issued.ByKind,
                median,
                overdue,
                overdueAfter);
        }
    }

    /// <summary>
    /// 受检率 (rule 11 with rule 16): of the active instruments under compulsory verification by type
    /// and use (not retired on or before the year end), those verified within their interval before
    /// the year end; an instrument verified initially only counts in the year of its first
    /// verification alone. For a laboratory: the instruments received there up to the year end.
    /// Nothing is looked up per instrument. City-wide: the instruments of a periodic catalogue type
    /// that have a covering verification (one ordered pass over the certificates, grouped by
    /// instrument), less those of them outside the population (retired by the year end, or used for
    /// something the catalogue does not name: few, each looked up). For a laboratory, whose
    /// instruments are known only through its work orders: the INTERSECT of instrument ids (active
    /// compulsory ones, the ones it received, the covered ones), which SQLite merges from three
    /// indexes in instrument order.
    /// </summary>
    private async Task<KpiIndicator> CoverageAsync(string? lab, Period period, CompulsoryPairs compulsory, ReportTargets targets, CancellationToken ct)
    {
        var total = OnOwnConnectionAsync(limsDb => new CoverageQueries(limsDb, lab, period, compulsory).TotalAsync(ct));
        var covered = OnOwnConnectionAsync(limsDb => new CoverageQueries(limsDb, lab, period, compulsory).CoveredAsync(ct));
        return KpiIndicator.Rate(await covered, await total, targets.CoverageRate);
    }

    /// <summary>Runs <paramref name="count"/> on a thread and a database context of its own (SQLite's async calls run synchronously).</summary>
    private Task<long> OnOwnConnectionAsync(Func<ILimsDb, Task<long>> count) => Task.Run(async () =>
    {
        await using var scope = scopes.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<ILimsDb>());
    });

    private sealed class CoverageQueries(ILimsDb db, string? lab, Period period, CompulsoryPairs compulsory)
    {
        private IQueryable<Instrument> Active
        {
            get
            {
                var end = period.End;
                return db.Instruments.AsNoTracking().Where(i => i.RetiredOn == null || i.RetiredOn > end);
            }
        }

        /// <summary>
        /// Verifications that count as the inspection rule 11 asks for: whatever their result (a result
        /// notice is an inspection too; the failure shows in the pass rate), current (neither revoked nor superseded).
        /// </summary>
        private IQueryable<Certificate> Inspections =>
            db.Certificates.AsNoTracking().Where(c => (c.Kind == CertificateKind.VerificationCertificate || c.Kind == CertificateKind.VerificationResultNotice) && !c.Revoked && c.SupersededBy == null);

        /// <summary>Active instruments under periodic compulsory verification (of the laboratory).</summary>
        private IQueryable<Guid> Periodic => OfLaboratory(Active.Where(compulsory.Under(CompulsoryVerification.Periodic)).Select(i => i.Id));

        /// <summary>The verifications from before Lims (rule 15): inspections too, whatever their result.</summary>
        private IQueryable<PriorVerification> Priors => db.PriorVerifications.AsNoTracking();

        /// <summary>Active instruments verified initially only whose first verification, whatever its result, was in the year (in Lims or before it).</summary>
        private IQueryable<Guid> FirstVerifiedInYear
        {
            get
            {
                var (start, end) = (period.Start, period.End);
                var verifications = db.Certificates.AsNoTracking()
                    .Where(c => (c.Kind == CertificateKind.VerificationCertificate || c.Kind == CertificateKind.VerificationResultNotice) && !c.Revoked);
                var priors = Priors;
                return OfLaboratory(Active.Where(compulsory.Under(CompulsoryVerification.InitialOnly))
                    .Where(i => verifications.Any(c => c.InstrumentId == i.Id && c.PerformedOn >= start && c.PerformedOn <= end)
                        || priors.Any(p => p.InstrumentId == i.Id && p.PerformedOn >= start && p.PerformedOn <= end))
                    .Where(i => !verifications.Any(c => c.InstrumentId == i.Id && c.PerformedOn < start) && !priors.Any(p => p.InstrumentId == i.Id && p.PerformedOn < start))
                    .Select(i => i.Id));
            }
        }

        private IQueryable<Guid> OfLaboratory(IQueryable<Guid> instruments)
        {
            var until = period.EndInstant;
            return lab is null
                ? instruments
                : instruments.Intersect(db.WorkOrders.Where(w => w.LaboratoryCode == lab && w.RegisteredAt < until).Select(w => w.InstrumentId));
        }

        public async Task<long> TotalAsync(CancellationToken ct) =>
            await Periodic.LongCountAsync(ct) + await FirstVerifiedInYear.LongCountAsync(ct);

        public async Task<long> CoveredAsync(CancellationToken ct)
        {
            var end = period.End;
            var inspections = Inspections.Where(c => c.PerformedOn <= end);
            var current =
                from c in inspections
                join t in db.InstrumentTypes on c.InstrumentTypeCode equals t.Code
                where t.Compulsory && t.CompulsoryVerification == CompulsoryVerification.Periodic
                select new CoveringVerification { InstrumentId = c.InstrumentId, PerformedOn = c.PerformedOn, IntervalMonths = t.IntervalMonths };
            var priors = Priors.Where(p => p.PerformedOn <= end);
            current = current.Concat(
                from p in priors
                join i in db.Instruments on p.InstrumentId equals i.Id
                join t in db.InstrumentTypes on i.TypeCode equals t.Code
                where t.Compulsory && t.CompulsoryVerification == CompulsoryVerification.Periodic
                select new CoveringVerification { InstrumentId = p.InstrumentId, PerformedOn = p.PerformedOn, IntervalMonths = t.IntervalMonths });
            var intervals = await db.InstrumentTypes.Where(t => t.Compulsory).Select(t => t.IntervalMonths).Distinct().ToListAsync(ct);
            var covering = current.Where(IntervalWindow.Expand<Func<CoveringVerification, bool>>(v => v.PerformedOn >= IntervalWindow.Start(v.IntervalMonths), end, intervals));
            // Verified initially only: the first verification was in the year, so any inspection up to the year end is in it.
            var initial = await FirstVerifiedInYear.LongCountAsync(id => inspections.Any(c => c.InstrumentId == id) || priors.Any(p => p.InstrumentId == id), ct);
            if (lab is not null)
            {
                return initial + await Periodic.Intersect(covering.Select(v => v.InstrumentId)).LongCountAsync(ct);
            }

            var periodicTypes = compulsory.TypeCodes(CompulsoryVerification.Periodic);
            var ofPeriodicType = db.Instruments.AsNoTracking().Where(i => periodicTypes.Contains(i.TypeCode));
            var retired = await ofPeriodicType.LongCountAsync(i => i.RetiredOn <= end && covering.Any(v => v.InstrumentId == i.Id), ct);
            var otherUse = await Active.Where(i => periodicTypes.Contains(i.TypeCode)).Where(compulsory.NotUnder(CompulsoryVerification.Periodic))
                .LongCountAsync(i => covering.Any(v => v.InstrumentId == i.Id), ct);
            return initial + await covering.Select(v => v.InstrumentId).Distinct().LongCountAsync(ct) - retired - otherUse;
        }
    }

    /// <summary>
    /// The year's certificates — originals (amendments are the same verification), not revoked
    /// (void), issued in the year, the laboratory's when given — counted twice in the database:
    /// by kind and instrument type (the type is copied onto the certificate at issue), and by kind
    /// and customer, then by category over those few rows. The pass rate, its two breakdowns and
    /// the counts by kind are sums of these rows.
    /// </summary>
    private async Task<IssuedSummary> IssuedAsync(string? lab, Period period, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        var issued = db.Certificates.AsNoTracking().Where(c => c.IssuedOn >= start && c.IssuedOn <= end && c.Supersedes == null && !c.Revoked);
        if (lab is not null)
        {
            issued = issued.Where(c => c.LaboratoryCode == lab);
        }

        var byType = await issued.GroupBy(c => new { c.Kind, c.InstrumentTypeCode })
            .Select(g => new IssuedCount(g.Key.InstrumentTypeCode, g.Key.Kind, g.LongCount())).ToListAsync(ct);
        var byCustomer = issued.GroupBy(c => new { c.Kind, c.CustomerId }).Select(g => new { g.Key.Kind, g.Key.CustomerId, Count = g.LongCount() });
        var byCategory = await (
            from g in byCustomer
            join cu in db.Customers on g.CustomerId equals cu.Id
            group g.Count by new { cu.Category, g.Kind } into gc
            select new IssuedToCategory(gc.Key.Category, gc.Key.Kind, gc.Sum())).ToListAsync(ct);
        var codes = byType.Select(r => r.TypeCode).Distinct().ToList();
        var names = await db.InstrumentTypes.AsNoTracking().Where(t => codes.Contains(t.Code)).ToDictionaryAsync(t => t.Code, t => t.Name, ct);
        return new IssuedSummary(byType, byCategory, names);
    }

    private static KpiIndicator PassRate(IEnumerable<(CertificateKind Kind, long Count)> rows)
    {
        var verifications = rows.Where(r => r.Kind != CertificateKind.CalibrationCertificate).ToList();
        return KpiIndicator.Rate(verifications.Where(r => r.Kind == CertificateKind.VerificationCertificate).Sum(r => r.Count), verifications.Sum(r => r.Count), PlanTargets.PassRate);
    }

    private sealed record IssuedCount(string TypeCode, CertificateKind Kind, long Count);

    private sealed record IssuedToCategory(CustomerCategory Category, CertificateKind Kind, long Count);

    private sealed record IssuedSummary(IReadOnlyList<IssuedCount> ByType, IReadOnlyList<IssuedToCategory> ByCategory, IReadOnlyDictionary<string, string> TypeNames)
    {
        public KpiIndicator PassRate => KpiReportHandler.PassRate(ByType.Select(r => (r.Kind, r.Count)));

        public IReadOnlyList<KpiGroup> ByInstrumentType =>
            [.. ByType.Where(r => r.Kind != CertificateKind.CalibrationCertificate).GroupBy(r => r.TypeCode).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new KpiGroup(g.Key, TypeNames.GetValueOrDefault(g.Key, g.Key), KpiReportHandler.PassRate(g.Select(r => (r.Kind, r.Count)))))];

        public IReadOnlyList<KpiGroup> ByCustomerCategory =>
            [.. ByCategory.Where(r => r.Kind != CertificateKind.CalibrationCertificate).GroupBy(r => r.Category).OrderBy(g => g.Key)
                .Select(g => new KpiGroup(g.Key.ToString(), CategoryNames.For(g.Key), KpiReportHandler.PassRate(g.Select(r => (r.Kind, r.Count)))))];

        public IReadOnlyList<KpiGroup> ByKind =>
            [.. Enum.GetValues<CertificateKind>().Select(kind => new KpiGroup(kind.ToString(), KindNames.For(kind),
                KpiIndicator.Info(ByType.Where(r => r.Kind == kind).Sum(r => r.Count), KpiIndicator.Count)))];
    }

    /// <summary>
    /// Standards whose assessment certificate is valid on the as-of day, per laboratory (each against
    /// its level's target), and the public ones (against the city's target only city-wide).
    /// </summary>
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
            KpiIndicator.AtLeast(counts.TryGetValue(l.Code, out var c) ? c.Count : 0, KpiIndicator.Count, PlanTargets.StandardsInDate(l.Level))));
        return ([.. perLaboratory], KpiIndicator.AtLeast(counts.Values.Sum(c => c.Public), KpiIndicator.Count, targets.PublicStandards));
    }

    /// <summary>
    /// 免征金额: the waived fees of the items received in the year (cancelled work excluded), by
    /// the customer's district: all the year's waived items, less those whose work order was
    /// cancelled (found from the cancelled work orders, so no work order is read per item).
    /// </summary>
    private async Task<(KpiIndicator Total, IReadOnlyList<KpiGroup> ByDistrict)> FeesWaivedAsync(string? lab, Period period, ReportTargets targets, CancellationToken ct)
    {
        var (since, until) = (period.StartInstant, period.EndInstant);
        var received = db.Submissions.AsNoTracking().Where(s => s.ReceivedAt >= since && s.ReceivedAt < until && (lab == null || s.LaboratoryCode == lab));
        var waived = await (
            from s in received
            from item in s.Items
            where item.FeeWaived > 0
            join cu in db.Customers on s.CustomerId equals cu.Id
            group item.FeeWaived by cu.District into g
            select new WaivedInDistrict(g.Key, g.Sum(), g.LongCount())).ToListAsync(ct);
        var cancelled = await (
            from w in db.WorkOrders.AsNoTracking()
            where w.Status == WorkOrderStatus.Cancelled
            from s in received
            from item in s.Items
            where item.WorkOrderId == w.Id && item.FeeWaived > 0
            join cu in db.Customers on s.CustomerId equals cu.Id
            group item.FeeWaived by cu.District into g
            select new WaivedInDistrict(g.Key, g.Sum(), g.LongCount())).ToDictionaryAsync(r => r.District, ct);
        var rows = waived
            .Select(r => cancelled.TryGetValue(r.District, out var c) ? r with { Waived = r.Waived - c.Waived, Items = r.Items - c.Items } : r)
            .Where(r => r.Items > 0).ToList();
        var byDistrict = rows.OrderBy(r => r.District, StringComparer.Ordinal)
            .Select(r => new KpiGroup(r.District, r.District, new KpiIndicator(r.Waived, KpiIndicator.Yuan, r.Items, null, null, null)));
        return (KpiIndicator.AtLeast(rows.Sum(r => r.Waived), KpiIndicator.Yuan, targets.FeesWaived), [.. byDistrict]);
    }

    private sealed record WaivedInDistrict(string District, decimal Waived, long Items);

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
        // The filter of IX_WorkOrders_Open, so that SQLite reads that small index and nothing else.
        var overdue = await db.WorkOrders.AsNoTracking()
            .Where(w => WorkOrder.OpenStatuses.Contains(w.Status))
            .Where(w => w.RegisteredAt < until && w.RegisteredAt < olderThan && (lab == null || w.LaboratoryCode == lab))
            .LongCountAsync(ct);
        return KpiIndicator.Info(overdue, KpiIndicator.Count);
    }

    public static decimal? Median(IEnumerable<(int Days, long Count)> histogram, long total)
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

/// <summary>A current verification certificate of a compulsory type and that type's interval, for the coverage query.</summary>
internal sealed class CoveringVerification
{
    public Guid InstrumentId { get; init; }

    public DateOnly PerformedOn { get; init; }

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
