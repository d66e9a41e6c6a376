using MailKit.Security;

namespace Lims.Infrastructure.Notifications;

/// <summary>Configuration section <c>Notifications:Smtp</c>; without <c>Host</c> nothing is sent.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Signs in when set.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address, e.g. <c>recall@jmjl.example.cn</c>.</summary>
    public string? From { get; set; }

    public string FromName { get; set; } = "计量检定提醒";

    /// <summary><c>Auto</c>, <c>None</c>, <c>SslOnConnect</c>, <c>StartTls</c> or <c>StartTlsWhenAvailable</c>.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public int TimeoutSeconds { get; set; } = 30;
}
