using Lims.Application.Features.Auth;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Lims.Api.Auth;

/// <summary>
/// An open page (a circuit) makes no HTTP request that would check the cookie, so its user is
/// checked here every minute, as a request would be: a disabled user, one whose password, roles or
/// laboratory changed, or one whose password was reset, is signed out.
/// </summary>
public sealed class CircuitRevalidation(ILoggerFactory loggerFactory, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<Sessions>();
        return await sessions.CheckAsync(authenticationState.User, cancellationToken) == SessionState.Valid;
    }
}
