using static Lims.Application.Features.Notifications.Texts.ReminderDates;

namespace Lims.Application.Features.Notifications.Texts;

/// <summary>
/// <see cref="Domain.Notifications.NotificationKind.StandardAssessmentDue"/>: to the quality managers,
/// about a standard's assessment certificate expiring, or expired on the day the reminder was written.
/// </summary>
public sealed record StandardAssessmentDueText(string StandardCode, string StandardName, string CertificateNo) : IReminderTemplate
{
    public ReminderText Render(ReminderFacts reminder) => reminder.DueOn < reminder.WrittenOn
        ? new($"计量标准 {StandardCode}（{StandardName}）的考核证书 {CertificateNo} 已于{Zh(reminder.DueOn)}到期，该标准不得再出具证书，请尽快申请复查考核。",
            $"The assessment certificate {CertificateNo} of standard {StandardCode} ({StandardName}) expired on {En(reminder.DueOn)}; the standard cannot be cited. Apply for its re-assessment.")
        : new($"计量标准 {StandardCode}（{StandardName}）的考核证书 {CertificateNo} 有效期至{Zh(reminder.DueOn)}，请在到期前 6 个月内申请复查考核。",
            $"The assessment certificate {CertificateNo} of standard {StandardCode} ({StandardName}) is valid until {En(reminder.DueOn)}. Apply for its re-assessment before then.");
}
