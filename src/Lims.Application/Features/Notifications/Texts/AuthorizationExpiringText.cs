using static Lims.Application.Features.Notifications.Texts.ReminderDates;

namespace Lims.Application.Features.Notifications.Texts;

/// <summary><see cref="Domain.Notifications.NotificationKind.AuthorizationExpiring"/>: to the quality managers, about a technician's authorisation.</summary>
public sealed record AuthorizationExpiringText(string UserName, string ProcedureCode, string CertificateNo) : IReminderTemplate
{
    public ReminderText Render(ReminderFacts reminder) => new(
        $"检定员 {UserName} 的 {ProcedureCode} 项目资质（证书号 {CertificateNo}）有效期至{Zh(reminder.DueOn)}，请安排复审或换证；到期后不得再从事该项目检定。",
        $"The authorisation of {UserName} for {ProcedureCode} (certificate {CertificateNo}) is valid until {En(reminder.DueOn)}. Arrange its renewal; after that date {UserName} may not perform {ProcedureCode}.");
}
