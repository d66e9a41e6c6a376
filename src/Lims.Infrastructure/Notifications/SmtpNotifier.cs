using Lims.Application.Abstractions;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Lims.Infrastructure.Notifications;

/// <summary>E-mails notifications over SMTP with MailKit, one connection per message.</summary>
public sealed class SmtpNotifier(IOptions<SmtpOptions> options) : INotifier
{
    public string? NotReadyReason => options.Value switch
    {
        { Host: null or "" } => "no SMTP server is configured (set Notifications:Smtp:Host)",
        { From: null or "" } => "no sender address is configured (set Notifications:Smtp:From)",
        _ => null,
    };

    public async Task SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        var smtp = options.Value;
        if (NotReadyReason is { } reason)
        {
            throw new InvalidOperationException(reason);
        }

        var mail = new MimeMessage();
        mail.From.Add(new MailboxAddress(smtp.FromName, smtp.From!));
        mail.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        mail.Subject = message.Subject;
        mail.Headers.Add("X-Lims-Notification", message.NotificationId.ToString());
        mail.Body = new TextPart("plain") { Text = message.Body };

        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security, ct);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
        }

        await client.SendAsync(mail, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
