using System.Collections.Frozen;
using FluentValidation;
using FluentValidation.Results;

namespace Lims.Application.Common;

/// <summary>
/// The one validation step for every caller: the API, the web pages, imports and the demo all
/// call handlers, and each handler method checks its requests here before it does anything else.
/// Failures are one <see cref="ValidationException"/> with every failing field, which the API
/// answers with 400 and an <c>errors</c> map, and a page shows beside its fields.
/// </summary>
public static class RequestValidation
{
    /// <summary>The application's validators by the type they validate (all are stateless).</summary>
    private static readonly FrozenDictionary<Type, IValidator> Validators = AssemblyScanner
        .FindValidatorsInAssembly(typeof(RequestValidation).Assembly)
        .ToFrozenDictionary(v => v.InterfaceType.GetGenericArguments()[0], v => (IValidator)Activator.CreateInstance(v.ValidatorType)!);

    /// <summary>Whether requests of <paramref name="type"/> have a validator.</summary>
    public static bool IsValidated(Type type) => Validators.ContainsKey(type);

    /// <summary>Throws <see cref="ValidationException"/> unless <paramref name="request"/> is valid (a null one is not checked).</summary>
    public static ValueTask EnsureValidAsync(object? request, CancellationToken ct) => EnsureValidAsync(request, null, ct);

    /// <summary>Both requests (a query and its page, say), their failures reported together.</summary>
    public static async ValueTask EnsureValidAsync(object? first, object? second, CancellationToken ct)
    {
        var failures = await FailuresAsync(first, null, ct);
        failures = await FailuresAsync(second, failures, ct);
        if (failures is not null)
        {
            throw new ValidationException(failures);
        }
    }

    /// <summary>
    /// Every failure of <paramref name="request"/> (none when it is valid or has no validator), for
    /// callers that report them rather than stop at the first invalid request: an import's rows.
    /// </summary>
    public static async ValueTask<IReadOnlyList<ValidationFailure>> FailuresOfAsync(object request, CancellationToken ct) =>
        await FailuresAsync(request, null, ct) ?? [];

    private static async ValueTask<List<ValidationFailure>?> FailuresAsync(object? request, List<ValidationFailure>? failures, CancellationToken ct)
    {
        if (request is not null && Validators.TryGetValue(request.GetType(), out var validator))
        {
            var result = await ValidateAsync(validator, request, ct);
            if (!result.IsValid)
            {
                (failures ??= []).AddRange(result.Errors);
            }
        }

        return failures;
    }

    /// <summary>
    /// Synchronously when the validator allows it (every Lims validator does: it spares the async
    /// machinery on each request), else asynchronously.
    /// </summary>
    public static async ValueTask<ValidationResult> ValidateAsync(IValidator validator, object request, CancellationToken ct)
    {
        try
        {
            return validator.Validate(new ValidationContext<object>(request));
        }
        catch (AsyncValidatorInvokedSynchronouslyException)
        {
            return await validator.ValidateAsync(new ValidationContext<object>(request), ct);
        }
    }
}
