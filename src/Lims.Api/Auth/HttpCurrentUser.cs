using System.Security.Claims;
using Lims.Application.Abstractions;
using Lims.Web.Services;

namespace Lims.Api.Auth;

/// <summary>
/// The signed-in user: of the current request (token or cookie), or of the interface's circuit,
/// which has no request of its own; <c>system</c> outside both (start-up, jobs).
/// </summary>
public sealed class HttpCurrentUser(IHttpContextAccessor http, CircuitPrincipal circuit) : ICurrentUser
{
    public const string System = "system";

    private ClaimsPrincipal? Principal => circuit.User ?? http.HttpContext?.User;

    public string UserName => Principal?.Identity?.Name ?? System;

    public bool IsInRole(string role) => Principal?.IsInRole(role) ?? false;
}
