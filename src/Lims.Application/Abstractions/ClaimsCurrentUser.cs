using System.Security.Claims;
using Lims.Domain.ReferenceData;

namespace Lims.Application.Abstractions;

/// <summary>The user a host has signed in, read from the <see cref="LimsClaims"/> of their principal.</summary>
public sealed class ClaimsCurrentUser(ClaimsPrincipal principal) : ICurrentUser
{
    /// <summary>Named in the audit trail for what an unauthenticated request changes (a failed sign-in).</summary>
    public const string Anonymous = "anonymous";

    public string UserName => principal.FindFirst(LimsClaims.Name)?.Value ?? Anonymous;

    public bool IsInRole(string role) => principal.HasClaim(LimsClaims.Role, role);

    public string? LaboratoryCode => principal.FindFirst(LimsClaims.Laboratory)?.Value;

    public bool IsCityLaboratory => LaboratoryCode is not null && principal.HasClaim(LimsClaims.LaboratoryLevel, nameof(LaboratoryLevel.City));

    public bool IsSystem => false;
}
