using Lims.Application.Abstractions;
using Lims.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using static Lims.Application.Features.Notifications.Texts.ReminderDates;

namespace Lims.Application.Features.Notifications.Texts;

/// <summary>
/// Renders reminders' words when they are delivered or shown: the outbox row holds the kind, the
/// subject, the due date and the recipient; the template of its kind prints the subject as it is
/// recorded now (an instrument's type, model and serial number, …), read here for a whole page or
/// batch at once, one query per kind.
/// </summary>
public sealed class ReminderTexts(ILimsDb db)
{
    public async Task<IReadOnlyList<ReminderText>> RenderAsync(IReadOnlyList<ReminderFacts> reminders, CancellationToken ct)
    {
        var templates = new Dictionary<(NotificationKind, string), IReminderTemplate>();
        foreach (var (kind, keys) in reminders.GroupBy(r => r.Kind).Select(g => (g.Key, g.Select(r => r.SubjectKey).Distinct().ToList())))
        {
            foreach (var (key, template) in await TemplatesAsync(kind, keys, ct))
            {
                templates[(kind, key)] = template;
            }
        }

        return [.. reminders.Select(r => templates.TryGetValue((r.Kind, r.SubjectKey), out var template) ? template.Render(r) : SubjectGone(r))];
    }

    private async Task<IEnumerable<(string Key, IReminderTemplate Template)>> TemplatesAsync(NotificationKind kind, List<string> keys, CancellationToken ct)
    {
        switch (kind)
        {
            case NotificationKind.InstrumentDue:
            {
                var ids = Ids(keys);
                var rows = await (
                    from i in db.Instruments.AsNoTracking()
                    where ids.Contains(i.Id)
                    join t in db.InstrumentTypes on i.TypeCode equals t.Code
                    select new { i.Id, Type = t.Name, i.Model, i.SerialNumber }).ToListAsync(ct);
                return rows.Select(i => (KeyOf(i.Id), (IReminderTemplate)new InstrumentDueText(i.Type, i.Model, i.SerialNumber)));
            }

            case NotificationKind.EquipmentCalibrationDue or NotificationKind.EquipmentCalibrationExpired:
            {
                var rows = await (
                    from e in db.Equipment.AsNoTracking()
                    where keys.Contains(e.AssetNo)
                    join s in db.MeasurementStandards on e.StandardCode equals s.Code
                    select new EquipmentSubject(e.AssetNo, e.Name, e.Model, e.SerialNumber, s.Code, s.Name)).ToListAsync(ct);
                return rows.Select(e => (e.AssetNo, kind == NotificationKind.EquipmentCalibrationDue
                    ? (IReminderTemplate)new EquipmentCalibrationDueText(e)
                    : new EquipmentCalibrationExpiredText(e)));
            }

            case NotificationKind.StandardAssessmentDue:
            {
                var rows = await db.MeasurementStandards.AsNoTracking()
                    .Where(s => keys.Contains(s.Code))
                    .Select(s => new { s.Code, s.Name, s.AssessmentCertificateNo })
                    .ToListAsync(ct);
                return rows.Select(s => (s.Code, (IReminderTemplate)new StandardAssessmentDueText(s.Code, s.Name, s.AssessmentCertificateNo)));
            }

            case NotificationKind.AuthorizationExpiring:
            {
                var ids = Ids(keys);
                var rows = await db.Authorizations.AsNoTracking()
                    .Where(a => ids.Contains(a.Id))
                    .Select(a => new { a.Id, a.UserName, a.ProcedureCode, a.CertificateNo })
                    .ToListAsync(ct);
                return rows.Select(a => (KeyOf(a.Id), (IReminderTemplate)new AuthorizationExpiringText(a.UserName, a.ProcedureCode, a.CertificateNo)));
            }

            default:
                return [];
        }
    }

    /// <summary>The subject keys that are ids (instruments, authorisations: <c>Guid.ToString("D")</c>).</summary>
    private static List<Guid> Ids(List<string> keys) => [.. keys.Select(k => Guid.TryParse(k, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)];

    private static string KeyOf(Guid id) => Recall.InstrumentDueStep.SubjectKey(id);

    /// <summary>No record of the subject (nothing deletes one; a row written by hand might name none): the reminder still says what and when.</summary>
    private static ReminderText SubjectGone(ReminderFacts r) => new(
        $"提醒（{r.Kind}）：{r.SubjectKey} 的到期日为{Zh(r.DueOn)}。",
        $"Reminder ({r.Kind}): {r.SubjectKey} is due on {En(r.DueOn)}.");
}
