namespace Lims.Domain.Notifications;

/// <summary>Who is reminded, copied when the reminder is written so that it reads as it was sent.</summary>
public sealed record NotificationRecipient(Guid? CustomerId, string Name, string ContactName, string Phone, string? Email);
