using Lims.Application.Features.Setup;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Web.Services;

/// <summary>
/// Whether <c>/setup</c> may be shown: only while the database has no user, and only to a visitor
/// at the machine itself (the loopback address). Once a user exists that is remembered, so the
/// check costs nothing afterwards.
/// </summary>
public sealed class FirstRun(IServiceScopeFactory scopes)
{
    private volatile bool _done;

    public async Task<bool> IsOpenToAsync(HttpContext http)
    {
        if (_done || http.Connection.RemoteIpAddress is not { } address || !System.Net.IPAddress.IsLoopback(address))
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var needed = await scope.ServiceProvider.GetRequiredService<FirstRunHandler>().IsNeededAsync(http.RequestAborted);
        _done = !needed;
        return needed;
    }
}
