using System.Collections.Concurrent;
using FluentValidation;

namespace Lims.Api.Errors;

/// <summary>
/// Validates every argument of an endpoint that has a validator, before the handler runs, so no
/// handler ever sees input of the wrong shape (400 with <c>errors</c> by field).
/// </summary>
public sealed class ValidationFilter : IEndpointFilter
{
    private static readonly ConcurrentDictionary<Type, Type> ValidatorTypes = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var argument in context.Arguments)
        {
            if (argument is null)
            {
                continue;
            }

            var validatorType = ValidatorTypes.GetOrAdd(argument.GetType(), static type => typeof(IValidator<>).MakeGenericType(type));
            if (context.HttpContext.RequestServices.GetService(validatorType) is IValidator validator)
            {
                failures.AddRange((await ValidateAsync(validator, argument, context.HttpContext.RequestAborted)).Errors);
            }
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next(context);
    }

    /// <summary>
    /// Synchronously when the validator allows it (every Lims validator does; it spares the async
    /// machinery on each request), else asynchronously.
    /// </summary>
    private static async ValueTask<FluentValidation.Results.ValidationResult> ValidateAsync(IValidator validator, object argument, CancellationToken ct)
    {
        try
        {
            return validator.Validate(new ValidationContext<object>(argument));
        }
        catch (AsyncValidatorInvokedSynchronouslyException)
        {
            return await validator.ValidateAsync(new ValidationContext<object>(argument), ct);
        }
    }
}
