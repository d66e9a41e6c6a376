namespace Lims.Application.Features.Notifications;

/// <summary>Configuration section <c>Notifications:Delivery</c>.</summary>
public sealed class DeliveryOptions
{
    /// <summary>Attempts before a notification is given up as Failed (its last error kept).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait after the first failed attempt; doubled after each further one.</summary>
    public int FirstRetryMinutes { get; set; } = 5;

    /// <summary>How long one worker holds a notification it is sending, so that no other worker sends it too.</summary>
    public int ClaimMinutes { get; set; } = 10;

    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// <c>Notifications:QualityManagerEmail</c>: where reminders to people inside the institute (quality
    /// managers, standard custodians: no customer, no address of their own) are sent. Without it they are Failed.
    /// </summary>
    public string? QualityManagerEmail { get; set; }
}
