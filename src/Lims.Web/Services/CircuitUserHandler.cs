using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Lims.Web.Services;

/// <summary>Keeps <see cref="CircuitPrincipal"/> equal to the circuit's authenticated user.</summary>
internal sealed class CircuitUserHandler(AuthenticationStateProvider authentication, CircuitPrincipal principal) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnChanged;
        principal.User = (await authentication.GetAuthenticationStateAsync()).User;
    }

    private void OnChanged(Task<AuthenticationState> state) =>
        _ = Task.Run(async () => principal.User = (await state).User);

    public void Dispose() => authentication.AuthenticationStateChanged -= OnChanged;
}
