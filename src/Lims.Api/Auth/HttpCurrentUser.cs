using Lims.Application.Abstractions;

namespace Lims.Api.Auth;

/// <summary>The signed-in user of the current request; <c>system</c> outside a request (start-up, jobs).</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor http) : ICurrentUser
{
    public const string System = "system";

    public string UserName => http.HttpContext?.User.Identity?.Name ?? System;

    public bool IsInRole(string role) => http.HttpContext?.User.IsInRole(role) ?? false;
}
