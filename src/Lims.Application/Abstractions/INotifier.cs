namespace Lims.Application.Abstractions;

/// <summary>Delivers one reminder (the shipped one e-mails it over SMTP).</summary>
public interface INotifier
{
    /// <summary>Null when the notifier can deliver; otherwise why it cannot (e.g. no SMTP host configured).</summary>
    string? NotReadyReason { get; }

    /// <summary>Sends the message; throws when the delivery failed (the error is kept on the notification).</summary>
    Task SendAsync(OutgoingMessage message, CancellationToken ct);
}

/// <summary>One reminder as it leaves the laboratory.</summary>
public sealed record OutgoingMessage(Guid NotificationId, string ToAddress, string ToName, string Subject, string Body);
