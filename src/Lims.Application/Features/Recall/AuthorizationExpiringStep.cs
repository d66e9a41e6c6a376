using Lims.Application.Abstractions;
using Lims.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Lims.Application.Features.Recall.InternalRecipients;

namespace Lims.Application.Features.Recall;

/// <summary>
/// Rule 10: a technician's authorisation valid until a day from today to today +
/// <see cref="RecallOptions.AuthorizationReminderDays"/> (60, inclusive) gets one reminder to the
/// quality managers per authorisation and expiry date, unless the technician already holds a later
/// one for the same procedure. Authorisations that expired before today are history (a renewal is a
/// new authorisation) and are not reminded. The subject key is the authorisation's id; the words are
/// <c>AuthorizationExpiringText</c>'s.
/// </summary>
public sealed class AuthorizationExpiringStep(ILimsDb db, IServiceScopeFactory scopes, IOptions<RecallOptions> options) : IReminderStep
{
    public NotificationKind Kind => NotificationKind.AuthorizationExpiring;

    public async Task<int> RunAsync(RecallScanContext scan, CancellationToken ct)
    {
        var today = scan.Today;
        var horizon = today.AddDays(options.Value.AuthorizationReminderDays);
        var expiring = await db.Authorizations.AsNoTracking()
            .Where(a => a.ValidUntil >= today && a.ValidUntil <= horizon)
            .Where(a => !db.Authorizations.Any(r => r.UserName == a.UserName && r.LaboratoryCode == a.LaboratoryCode && r.ProcedureCode == a.ProcedureCode && r.ValidUntil > a.ValidUntil))
            .OrderBy(a => a.ValidUntil).ThenBy(a => a.UserName)
            .Select(a => new { a.Id, a.ValidUntil, a.LaboratoryCode, Laboratory = db.Laboratories.Where(l => l.Code == a.LaboratoryCode).Select(l => l.Name).FirstOrDefault() })
            .ToListAsync(ct);
        var drafts = expiring.Select(a => new ReminderDraft(SubjectKey(a.Id), a.ValidUntil, QualityManagersOf(a.Laboratory), a.LaboratoryCode)).ToList();
        return await ReminderBatches.WriteAsync(scopes, Kind, drafts, scan, ct);
    }

    public static string SubjectKey(Guid authorizationId) => InstrumentDueStep.SubjectKey(authorizationId);
}
