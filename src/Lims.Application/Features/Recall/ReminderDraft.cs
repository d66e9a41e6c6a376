using Lims.Domain.Notifications;

namespace Lims.Application.Features.Recall;

/// <summary>A reminder a step would write, before the writer knows whether it exists already.</summary>
public sealed record ReminderDraft(string SubjectKey, DateOnly DueOn, NotificationRecipient Recipient, string? LaboratoryCode = null);
