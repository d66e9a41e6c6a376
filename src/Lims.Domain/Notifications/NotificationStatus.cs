namespace Lims.Domain.Notifications;

public enum NotificationStatus
{
    /// <summary>Written by the scan, waiting for (another) delivery attempt.</summary>
    Pending,

    /// <summary>Delivered.</summary>
    Sent,

    /// <summary>Given up: no address, or the last allowed attempt failed; <c>LastError</c> says why.</summary>
    Failed,
}
