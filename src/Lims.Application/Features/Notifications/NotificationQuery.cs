using Lims.Domain.Notifications;

namespace Lims.Application.Features.Notifications;

/// <summary><c>?status=Pending|Sent|Failed&amp;kind=InstrumentDue&amp;customerId=</c>; names are case-insensitive.</summary>
public sealed record NotificationQuery(string? Status, string? Kind, Guid? CustomerId);

public sealed record NotificationResponse(
    Guid Id,
    NotificationKind Kind,
    string SubjectKey,
    DateOnly DueOn,
    NotificationRecipientResponse Recipient,
    string MessageZh,
    string MessageEn,
    NotificationStatus Status,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? SentAt);

public sealed record NotificationRecipientResponse(Guid? CustomerId, string Name, string ContactName, string Phone, string? Email);
