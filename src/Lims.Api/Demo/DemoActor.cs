using System.Security.Claims;
using Lims.Application.Abstractions;
using Lims.Domain.ReferenceData;

namespace Lims.Api.Demo;

/// <summary>
/// Acts as one user of the laboratory outside HTTP: each action runs in its own scope, as a
/// request would, with that user as the current user. The handlers validate their input as they do
/// for every caller, so every rule holds for the demo data too.
/// </summary>
public sealed class DemoActor(IServiceProvider services, string userName, string? laboratoryCode, LaboratoryLevel? level, params string[] roles)
{
    public string UserName { get; } = userName;

    public async Task<TResult> DoAsync<THandler, TResult>(Func<THandler, Task<TResult>> action)
        where THandler : notnull
    {
        await using var scope = services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        var identity = LimsClaims.Identity(LimsClaims.For(UserName, roles, laboratoryCode, level), "demo");
        accessor.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity), RequestServices = scope.ServiceProvider };
        try
        {
            return await action(scope.ServiceProvider.GetRequiredService<THandler>());
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }
}
