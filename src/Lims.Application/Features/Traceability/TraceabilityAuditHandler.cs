using System.Globalization;
using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Traceability;

/// <summary>
/// The quality manager's traceability review: equipment in service with an expired calibration or
/// none, equipment whose chain does not reach a national primary standard, and standards whose
/// assessment certificate has expired or expires within six months. Three set-based queries.
/// </summary>
public sealed class TraceabilityAuditHandler(ILimsDb db, ICurrentUser user, TimeProvider clock)
{
    public const int AssessmentWarningMonths = 6;

    public async Task<PagedList<TraceabilityFinding>> AuditAsync(string? laboratoryCode, PageRequest page, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(page, ct);
        laboratoryCode = user.LaboratoryToReview(laboratoryCode);
        var today = clock.Today();
        var findings = new List<TraceabilityFinding>();
        findings.AddRange(await CalibrationFindingsAsync(laboratoryCode, today, ct));
        findings.AddRange(await ChainFindingsAsync(laboratoryCode, ct));
        findings.AddRange(await AssessmentFindingsAsync(laboratoryCode, today, ct));
        findings.AddRange(await CertificateFindingsAsync(laboratoryCode, ct));
        return new PagedList<TraceabilityFinding>([.. findings.Skip(page.Skip).Take(page.Size)], page.PageNumber, page.Size, findings.Count);
    }

    private IQueryable<Equipment> InService(string? laboratoryCode) =>
        db.Equipment.AsNoTracking()
            .Where(e => e.Status == EquipmentStatus.InService)
            .Where(e => laboratoryCode == null || e.LaboratoryCode == laboratoryCode);

    private async Task<IEnumerable<TraceabilityFinding>> CalibrationFindingsAsync(string? laboratoryCode, DateOnly today, CancellationToken ct)
    {
        var overdue = await InService(laboratoryCode)
            .Select(e => new { e.AssetNo, e.Name, e.StandardCode, Due = e.Calibrations.Max(c => (DateOnly?)c.ValidUntil) })
            .Where(x => x.Due == null || x.Due < today)
            .OrderBy(x => x.AssetNo)
            .ToListAsync(ct);
        return overdue.Select(x => x.Due is { } due
            ? new TraceabilityFinding("CalibrationExpired", $"{x.AssetNo} {x.Name}", $"In service under {x.StandardCode}, but its calibration expired on {Format(due)}.",
                $"Take {x.AssetNo} out of service and send it for calibration; check the results made with it after {Format(due)}.")
            : new TraceabilityFinding("NoCalibration", $"{x.AssetNo} {x.Name}", $"In service under {x.StandardCode}, but no calibration is recorded.",
                $"Record {x.AssetNo}'s calibration certificate, or send it for calibration before anyone cites it."));
    }

    private async Task<IEnumerable<TraceabilityFinding>> ChainFindingsAsync(string? laboratoryCode, CancellationToken ct)
    {
        var graph = await db.LoadReferenceGraphAsync(ct);
        var broken = graph.BrokenCodes();
        if (broken.Count == 0)
        {
            return [];
        }

        var equipment = await InService(laboratoryCode)
            .Select(e => new { e.AssetNo, e.Name, TracesTo = e.Calibrations.OrderByDescending(c => c.CalibratedOn).Select(c => c.TracesTo).FirstOrDefault() })
            .Where(x => x.TracesTo != null && broken.Contains(x.TracesTo))
            .OrderBy(x => x.AssetNo)
            .ToListAsync(ct);
        return equipment.Select(x => new TraceabilityFinding("ChainBroken", $"{x.AssetNo} {x.Name}",
            $"Its latest calibration traces to {x.TracesTo}. {graph.Walk(x.TracesTo!).Broken}",
            $"Record the upstream standards of {x.TracesTo} up to a national primary standard, or have {x.AssetNo} calibrated by an institute whose chain reaches one."));
    }

    private async Task<IEnumerable<TraceabilityFinding>> AssessmentFindingsAsync(string? laboratoryCode, DateOnly today, CancellationToken ct)
    {
        var warnFrom = today.AddMonths(AssessmentWarningMonths);
        var standards = await db.MeasurementStandards.AsNoTracking()
            .Where(s => laboratoryCode == null || s.LaboratoryCode == laboratoryCode)
            .Where(s => s.AssessmentValidUntil <= warnFrom)
            .OrderBy(s => s.AssessmentValidUntil).ThenBy(s => s.Code)
            .Select(s => new { s.Code, s.Name, s.AssessmentCertificateNo, s.AssessmentValidUntil })
            .ToListAsync(ct);
        return standards.Select(s => s.AssessmentValidUntil < today
            ? new TraceabilityFinding("AssessmentExpired", $"{s.Code} {s.Name}", $"Assessment certificate {s.AssessmentCertificateNo} expired on {Format(s.AssessmentValidUntil)}.",
                $"Stop issuing results under {s.Code} until it is re-assessed; apply for re-assessment (复查) of certificate {s.AssessmentCertificateNo}.")
            : new TraceabilityFinding("AssessmentExpiring", $"{s.Code} {s.Name}", $"Assessment certificate {s.AssessmentCertificateNo} expires on {Format(s.AssessmentValidUntil)}, within {AssessmentWarningMonths} months.",
                $"Apply now for re-assessment (复查) of certificate {s.AssessmentCertificateNo}: the application is due six months before it expires."));
    }

    /// <summary>
    /// Current certificates whose results cited equipment not valid on the measurement date: no
    /// calibration covered it, the calibration failed, the standard's assessment had expired, or the
    /// equipment was later found out of tolerance on or before that date. One grouped query.
    /// </summary>
    private async Task<IEnumerable<TraceabilityFinding>> CertificateFindingsAsync(string? laboratoryCode, CancellationToken ct)
    {
        var rows = await (
                from issued in db.Certificates.AsNoTracking()
                where issued.SupersededBy == null && !issued.Revoked
                where laboratoryCode == null || issued.LaboratoryCode == laboratoryCode
                join u in db.EquipmentUses on issued.WorkOrderId equals u.WorkOrderId
                join e in db.Equipment on u.EquipmentId equals e.Id
                join s in db.MeasurementStandards on e.StandardCode equals s.Code
                join c in db.EquipmentCalibrations on u.CalibrationId equals (Guid?)c.Id into cs
                from c in cs.DefaultIfEmpty()
                let noCalibration = c == null
                let failed = c != null && c.Conformity == CalibrationConformity.Fail
                let assessmentExpired = s.AssessmentValidUntil < issued.PerformedOn
                let outOfTolerance = e.Status == EquipmentStatus.OutOfTolerance && e.StatusSince <= issued.PerformedOn
                where noCalibration || failed || assessmentExpired || outOfTolerance
                orderby issued.CertificateNo, e.AssetNo
                select new { issued.CertificateNo, issued.PerformedOn, e.AssetNo, s.Code, noCalibration, failed, assessmentExpired, outOfTolerance })
            .ToListAsync(ct);
        return rows.Select(r =>
        {
            var why = r.noCalibration ? "no calibration covered that date"
                : r.failed ? "its calibration had failed"
                : r.assessmentExpired ? $"the assessment of standard {r.Code} had expired"
                : "it was out of tolerance by then";
            return new TraceabilityFinding("CertificateWithInvalidEquipment", r.CertificateNo,
                $"Its results of {Format(r.PerformedOn)} cite {r.AssetNo}, but {why}.",
                $"Review {r.CertificateNo} (GET /api/traceability/certificates/{r.CertificateNo}); tell the customer and amend or revoke it if the results are affected.");
        });
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
