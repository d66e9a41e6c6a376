using Lims.Application.Abstractions;
using Lims.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Lims.Application.Features.Recall.InternalRecipients;

namespace Lims.Application.Features.Recall;

/// <summary>
/// Rule 10: a measurement standard whose assessment certificate is valid until today +
/// <see cref="RecallOptions.AssessmentReminderMonths"/> (6; exactly 6 months ahead is reminded, a day
/// more is not) or has expired already gets one reminder to the quality managers per expiry date.
/// The subject key is the standard's code.
/// </summary>
public sealed class StandardAssessmentDueStep(ILimsDb db, IServiceScopeFactory scopes, IOptions<RecallOptions> options) : IReminderStep
{
    public NotificationKind Kind => NotificationKind.StandardAssessmentDue;

    public async Task<int> RunAsync(RecallScanContext scan, CancellationToken ct)
    {
        var horizon = scan.Today.AddMonths(options.Value.AssessmentReminderMonths);
        var due = await (
                from s in db.MeasurementStandards.AsNoTracking()
                where s.AssessmentValidUntil <= horizon
                join l in db.Laboratories on s.LaboratoryCode equals l.Code
                orderby s.Code
                select new { s.Code, s.Name, s.AssessmentCertificateNo, s.AssessmentValidUntil, Laboratory = l.Name, s.LaboratoryCode })
            .ToListAsync(ct);
        var drafts = due.Select(s =>
        {
            var expired = s.AssessmentValidUntil < scan.Today;
            return new ReminderDraft(
                s.Code,
                s.AssessmentValidUntil,
                QualityManagersOf(s.Laboratory),
                expired
                    ? $"计量标准 {s.Code}（{s.Name}）的考核证书 {s.AssessmentCertificateNo} 已于{Zh(s.AssessmentValidUntil)}到期，该标准不得再出具证书，请尽快申请复查考核。"
                    : $"计量标准 {s.Code}（{s.Name}）的考核证书 {s.AssessmentCertificateNo} 有效期至{Zh(s.AssessmentValidUntil)}，请在到期前 6 个月内申请复查考核。",
                expired
                    ? $"The assessment certificate {s.AssessmentCertificateNo} of standard {s.Code} ({s.Name}) expired on {En(s.AssessmentValidUntil)}; the standard cannot be cited. Apply for its re-assessment."
                    : $"The assessment certificate {s.AssessmentCertificateNo} of standard {s.Code} ({s.Name}) is valid until {En(s.AssessmentValidUntil)}. Apply for its re-assessment before then.",
                s.LaboratoryCode);
        }).ToList();
        return await ReminderBatches.WriteAsync(scopes, Kind, drafts, scan, ct);
    }
}
