using Lims.Application.Abstractions;

namespace Lims.Api.Auth;

/// <summary>
/// The signed-in user of the current request, from the claims of their token; outside a request
/// (start-up, jobs, the reception queue's batches) the system.
/// </summary>
public sealed class HttpCurrentUser(IHttpContextAccessor http) : ICurrentUser
{
    private ICurrentUser Current => http.HttpContext is { } context ? new ClaimsCurrentUser(context.User) : SystemUser.Instance;

    public string UserName => Current.UserName;

    public bool IsInRole(string role) => Current.IsInRole(role);

    public string? LaboratoryCode => Current.LaboratoryCode;

    public bool IsCityLaboratory => Current.IsCityLaboratory;

    public bool IsSystem => Current.IsSystem;
}
