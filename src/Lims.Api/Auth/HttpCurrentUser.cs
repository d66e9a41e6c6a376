using Lims.Application.Abstractions;
using Lims.Web.Services;

namespace Lims.Api.Auth;

/// <summary>
/// The signed-in user, from the claims of their token or cookie: of the web interface's circuit
/// (which has no request of its own), else of the current request; outside both (start-up, jobs,
/// the reception queue's batches) the system.
/// </summary>
public sealed class HttpCurrentUser(IHttpContextAccessor http, CircuitPrincipal circuit) : ICurrentUser
{
    private ICurrentUser Current =>
        circuit.User is { } user ? new ClaimsCurrentUser(user)
        : http.HttpContext is { } context ? new ClaimsCurrentUser(context.User)
        : SystemUser.Instance;

    public string UserName => Current.UserName;

    public bool IsInRole(string role) => Current.IsInRole(role);

    public string? LaboratoryCode => Current.LaboratoryCode;

    public bool IsCityLaboratory => Current.IsCityLaboratory;

    public bool IsSystem => Current.IsSystem;
}
