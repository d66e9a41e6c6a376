using FluentValidation;

namespace Lims.Web.Services;

/// <summary>
/// The API's validation filter, for pages: a request with a validator is checked before its handler
/// runs, and failures are thrown as the filter throws them. The one place pages validate.
/// </summary>
public static class Validation
{
    public static async Task EnsureValidAsync<T>(this IValidator<T> validator, T request, CancellationToken ct)
    {
        var result = await validator.ValidateAsync(request, ct);
        if (!result.IsValid)
        {
            throw new ValidationException(result.Errors);
        }
    }
}
