using Lims.Domain.Notifications;

namespace Lims.Application.Features.Recall;

/// <summary>
/// Recipients inside the institute: no customer and no address of their own. Delivery sends them
/// to <c>Notifications:QualityManagerEmail</c> (see <c>NotificationDeliveryHandler</c>).
/// </summary>
public static class InternalRecipients
{
    public const string QualityManagers = "质量负责人 / quality managers";

    public const string Custodian = "计量标准负责人 / standard custodian";

    /// <summary>The quality managers, of a laboratory when the subject belongs to one.</summary>
    public static NotificationRecipient QualityManagersOf(string? laboratory) => new(null, laboratory ?? "计量技术机构 / institute", QualityManagers, string.Empty, null);

    /// <summary>The custodian of a standard, in its laboratory.</summary>
    public static NotificationRecipient CustodianOf(string laboratory, string standardCode) => new(null, laboratory, $"{Custodian} ({standardCode})", string.Empty, null);
}
