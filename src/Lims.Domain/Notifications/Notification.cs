using Lims.Domain.Common;

namespace Lims.Domain.Notifications;

/// <summary>
/// A reminder in the outbox: written once per (kind, subject, due date) by the recall scan and
/// delivered later. It holds what the reminder is about, not its words: those are rendered from
/// its kind's template when it is delivered or shown, in Chinese and English.
/// </summary>
public sealed class Notification : IVersioned, IMayBelongToLaboratory
{
    private Notification()
    {
        SubjectKey = RecipientName = ContactName = Phone = string.Empty;
    }

    public Notification(NotificationKind kind, string subjectKey, DateOnly dueOn, NotificationRecipient recipient, DateTimeOffset createdAt, string? laboratoryCode = null)
    {
        Id = Guid.CreateVersion7();
        Kind = kind;
        LaboratoryCode = laboratoryCode;
        SubjectKey = subjectKey;
        DueOn = dueOn;
        CustomerId = recipient.CustomerId;
        RecipientName = recipient.Name;
        ContactName = recipient.ContactName;
        Phone = recipient.Phone;
        Email = string.IsNullOrWhiteSpace(recipient.Email) ? null : recipient.Email.Trim();
        Status = NotificationStatus.Pending;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid Id { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>What the reminder is about, unique with the kind and due date: an instrument's id, later an asset number, ...</summary>
    public string SubjectKey { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// <summary>
    /// The laboratory whose work the reminder is about (its equipment, standard, technician), seen by
    /// its users only (rule 12); null for a customer's instrument, which is the city's shared register.
    /// </summary>
    public string? LaboratoryCode { get; private set; }

    public Guid? CustomerId { get; private set; }

    public string RecipientName { get; private set; }

    public string ContactName { get; private set; }

    public string Phone { get; private set; }

    public string? Email { get; private set; }

    public NotificationStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When delivery may be tried (again); null once it is no longer pending.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Version { get; private set; }

    public void MarkSent(DateTimeOffset at)
    {
        EnsurePending();
        Attempts++;
        Status = NotificationStatus.Sent;
        SentAt = at;
        NextAttemptAt = null;
        LastError = null;
    }

    /// <summary>A delivery attempt failed: try again after <paramref name="backoff"/>, or give up after <paramref name="maxAttempts"/>.</summary>
    public void RecordFailure(string error, DateTimeOffset at, int maxAttempts, TimeSpan backoff)
    {
        EnsurePending();
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        if (Attempts >= maxAttempts)
        {
            Status = NotificationStatus.Failed;
            NextAttemptAt = null;
        }
        else
        {
            NextAttemptAt = at + backoff;
        }
    }

    /// <summary>The notification cannot be delivered at all (e.g. no address): no attempt is counted.</summary>
    public void GiveUp(string reason)
    {
        EnsurePending();
        Status = NotificationStatus.Failed;
        LastError = reason;
        NextAttemptAt = null;
    }

    private void EnsurePending()
    {
        if (Status != NotificationStatus.Pending)
        {
            throw new DomainRuleException("notification-not-pending", $"Notification {Id} is {Status}; only pending notifications are delivered.");
        }
    }
}
