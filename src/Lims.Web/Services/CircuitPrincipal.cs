using System.Security.Claims;

namespace Lims.Web.Services;

/// <summary>
/// The user of a Blazor circuit. A circuit has no HttpContext of its own, so the user is held here
/// (set when the circuit opens and whenever its authentication state changes) and
/// <c>ICurrentUser</c> reads it before the HttpContext's.
/// </summary>
public sealed class CircuitPrincipal
{
    public ClaimsPrincipal? User { get; set; }
}
