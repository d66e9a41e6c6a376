namespace Lims.Application.Features.Notifications.Texts;

/// <summary>A reminder's words, in Chinese and English, as delivered and shown.</summary>
public sealed record ReminderText(string Zh, string En);
