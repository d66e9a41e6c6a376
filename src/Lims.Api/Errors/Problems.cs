using Microsoft.AspNetCore.Mvc;

namespace Lims.Api.Errors;

/// <summary>
/// RFC 9457 problem details with a stable <c>type</c> (<c>urn:lims:problem:{code}</c>) and the
/// same <c>code</c> as an extension, so clients can branch on it.
/// </summary>
public static class Problems
{
    public static string TypeFor(string code) => $"urn:lims:problem:{code}";

    public static string CodeForStatus(int status) => status switch
    {
        400 => "bad-request",
        401 => "unauthenticated",
        403 => "forbidden",
        404 => "not-found",
        405 => "method-not-allowed",
        409 => "conflict",
        412 => "precondition-failed",
        413 => "payload-too-large",
        415 => "unsupported-media-type",
        422 => "rule-violated",
        429 => "rate-limited",
        _ => status >= 500 ? "internal-error" : "error",
    };

    public static ProblemDetails Create(int status, string code, string detail) => new()
    {
        Status = status,
        Type = TypeFor(code),
        Title = TitleFor(status),
        Detail = detail,
        Extensions = { ["code"] = code },
    };

    public static async Task WriteAsync(HttpContext http, int status, string code, string detail, ProblemDetails? problem = null)
    {
        problem ??= Create(status, code, detail);
        http.Response.StatusCode = status;
        var writer = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }

    private static string TitleFor(int status) => status switch
    {
        400 => "The request is not valid.",
        401 => "Sign in first.",
        403 => "Your role does not allow this.",
        404 => "Not found.",
        409 => "Conflict with the stored record.",
        412 => "The record has changed.",
        422 => "A rule of the laboratory refuses this.",
        429 => "Too many requests.",
        _ => status >= 500 ? "Something went wrong on the server." : "The request failed.",
    };
}
