using Lims.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace Lims.Infrastructure.Identity;

public sealed class LimsUser : IdentityUser, IVersioned
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The laboratory the user works in; null for city-wide roles such as the administrator.</summary>
    public string? LaboratoryCode { get; set; }

    /// <summary>A disabled user cannot sign in, and their tokens stop working at the next request.</summary>
    public bool Disabled { get; set; }

    /// <summary>Set by a password reset: until the user chooses a new password, nothing else is allowed.</summary>
    public bool MustChangePassword { get; set; }

    public int Version { get; set; }
}
