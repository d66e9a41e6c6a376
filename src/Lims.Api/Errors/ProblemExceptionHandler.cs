using System.Text.Json;
using FluentValidation;
using Lims.Application.Abstractions.Imports;
using Lims.Application.Common;
using Lims.Application.Features.Auth;
using Lims.Domain.Common;
using Lims.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lims.Api.Errors;

/// <summary>The one place where exceptions become problem details. Nothing internal leaks out.</summary>
public sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        var problem = Map(exception, httpContext);
        if (exception is IntegrityException)
        {
            log.LogError("Integrity check failed on {Method} {Path}: {Detail}", httpContext.Request.Method, httpContext.Request.Path, exception.Message);
        }
        else if (problem.Status >= 500)
        {
            // 503s are logged too: a database that is often busy needs a bigger server or pool.
            log.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        await Problems.WriteAsync(httpContext, problem.Status!.Value, (string)problem.Extensions["code"]!, problem.Detail!, problem);
        return true;
    }

    private static ProblemDetails Map(Exception exception, HttpContext http) => exception switch
    {
        ValidationException validation => ValidationProblem(validation),
        BadHttpRequestException badRequest => BadRequest(badRequest),
        JsonException json => MalformedJson(json),
        DomainRuleException rule => Problems.Create(422, rule.Code, rule.Message),
        NotFoundException notFound => Problems.Create(404, "not-found", notFound.Message),
        ForbiddenException forbidden => Problems.Create(403, forbidden.Code, forbidden.Message),
        ConflictException conflict => Problems.Create(409, conflict.Code, conflict.Message),
        ImportFileException file => Problems.Create(400, file.Code, file.Message),
        PreconditionFailedException precondition => Problems.Create(412, "precondition-failed", precondition.Message),
        DbUpdateConcurrencyException => Problems.Create(409, "stale-version", "Someone else changed this record at the same time. Reload it and try again."),
        DbUpdateException db when UniqueViolation.Is(db) => Problems.Create(409, "duplicate", "A record with the same key already exists."),
        SignInRefusedException refused => Problems.Create(401, refused.Code, refused.Message),
        SignInThrottledException throttled => Throttled(throttled, http),
        ServiceStoppingException stopping => Stopping(stopping, http),
        IntegrityException integrity => Problems.Create(500, integrity.Code, integrity.Message),
        _ when DatabaseBusy.Is(exception) => Busy(http),
        _ => Problems.Create(500, "internal-error", $"An unexpected error occurred. It has been logged; quote trace id {http.TraceIdentifier} when you report it."),
    };

    private static ProblemDetails ValidationProblem(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(e => FieldNames.CamelCase(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        var problem = Problems.Create(400, "validation", "One or more fields are not valid; see 'errors'.");
        problem.Extensions["errors"] = errors;
        return problem;
    }

    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            return MalformedJson(json);
        }

        var status = exception.StatusCode is >= 400 and < 500 ? exception.StatusCode : 400;
        return Problems.Create(status, status == 400 ? "malformed-request" : Problems.CodeForStatus(status), exception.Message);
    }

    private static ProblemDetails MalformedJson(JsonException json)
    {
        var field = FieldNames.FromJsonPath(json.Path);
        var message = field.Length == 0
            ? "The body is not valid JSON."
            : $"'{field}' has a value of the wrong type or format.";
        var problem = Problems.Create(400, "malformed-json", message);
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field.Length == 0 ? "body" : field] = [message] };
        return problem;
    }

    private static ProblemDetails Busy(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "1";
        return Problems.Create(503, "database-busy", "The database is busy; nothing was changed. Try again in a moment.");
    }

    private static ProblemDetails Stopping(ServiceStoppingException stopping, HttpContext http)
    {
        http.Response.Headers.RetryAfter = "1";
        return Problems.Create(503, "stopping", stopping.Message);
    }

    private static ProblemDetails Throttled(SignInThrottledException throttled, HttpContext http)
    {
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(throttled.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problems.Create(429, "rate-limited", throttled.Message);
    }
}
