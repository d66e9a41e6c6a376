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
/// The subject key is the standard's code; the words are <c>StandardAssessmentDueText</c>'s.
/// </summary>
public sealed class StandardAssessmentDueStep(ILimsDb db, IServiceScopeFactory scopes, IOptions<RecallOptions> options) : IReminderStep
{
    public NotificationKind Kind => NotificationKind.StandardAssessmentDue;

    public async Task<int> RunAsync(RecallScanContext scan, CancellationToken ct)
    {
        var horizon = scan.Today.AddMonths(options.Value.AssessmentReminderMonths);
        var drafts = await (
                from s in db.MeasurementStandards.AsNoTracking()
                where s.AssessmentValidUntil <= horizon
                join l in db.Laboratories on s.LaboratoryCode equals l.Code
                orderby s.Code
                select new { s.Code, s.AssessmentValidUntil, Laboratory = l.Name, s.LaboratoryCode })
            .ToListAsync(ct);
        return await ReminderBatches.WriteAsync(scopes, Kind, [.. drafts.Select(s => new ReminderDraft(s.Code, s.AssessmentValidUntil, QualityManagersOf(s.Laboratory), s.LaboratoryCode))], scan, ct);
    }
}
