using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MudBlazor;
using Severity = MudBlazor.Severity;

namespace Lims.Web.Services;

/// <summary>
/// How a page calls the application layer: in-process, each call in a DI scope of its own (a
/// circuit lives for hours and a database context must not), as the signed-in user. The handlers
/// validate their requests themselves, as for the API. A refusal (validation, a domain rule, a
/// conflict) becomes <see cref="FormErrors"/> beside the fields, a snackbar and the status region.
/// </summary>
public sealed class Backend(IServiceScopeFactory scopes, CircuitPrincipal principal, Refusals refusals, ISnackbar snackbar, Announcer announcer, ILogger<Backend> log)
{
    /// <summary>Runs a query or action of <typeparamref name="THandler"/>; exceptions propagate.</summary>
    public async Task<T> RunAsync<THandler, T>(Func<THandler, Task<T>> work)
        where THandler : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CircuitPrincipal>().User = principal.User;
        return await work(scope.ServiceProvider.GetRequiredService<THandler>());
    }

    /// <summary>
    /// Runs <paramref name="work"/> with <paramref name="request"/>. Returns null when it
    /// was refused, having put the reasons in <paramref name="errors"/>, a snackbar and the status region.
    /// </summary>
    public async Task<T?> TryAsync<TRequest, THandler, T>(FormErrors errors, TRequest request, Func<THandler, TRequest, Task<T>> work)
        where TRequest : notnull
        where THandler : notnull
        where T : class
    {
        errors.Clear();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CircuitPrincipal>().User = principal.User;
            return await work(scope.ServiceProvider.GetRequiredService<THandler>(), request);
        }
        catch (Exception e) when (refusals.Explain(e, errors))
        {
            Tell(errors.Message!);
            return null;
        }
        catch (Exception e)
        {
            log.LogError(e, "An action of {Handler} failed", typeof(THandler).Name);
            errors.Refuse(refusals.Unexpected());
            Tell(errors.Message!);
            return null;
        }
    }

    /// <summary>Says what an action achieved: a snackbar and the status region.</summary>
    public void Done(string message)
    {
        snackbar.Add(message, Severity.Success);
        announcer.Say(message);
    }

    private void Tell(string refusal)
    {
        snackbar.Add(refusal, Severity.Error);
        announcer.Say(refusal);
    }
}
