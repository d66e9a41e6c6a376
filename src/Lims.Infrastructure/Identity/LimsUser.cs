using Microsoft.AspNetCore.Identity;

namespace Lims.Infrastructure.Identity;

public sealed class LimsUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The laboratory the user works in; null for city-wide roles such as the administrator.</summary>
    public string? LaboratoryCode { get; set; }
}
