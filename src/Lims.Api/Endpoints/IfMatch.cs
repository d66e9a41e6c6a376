using FluentValidation;
using FluentValidation.Results;

namespace Lims.Api.Endpoints;

/// <summary>Versions travel as entity tags: <c>ETag: "3"</c> on reads, <c>If-Match: "3"</c> on updates.</summary>
public static class IfMatch
{
    public static int? Version(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }

        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        if (int.TryParse(tag.Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        throw new ValidationException([new ValidationFailure("If-Match", "If-Match must be the ETag you read, e.g. \"3\".")]);
    }

    public static void SetETag(HttpResponse response, int version) => response.Headers.ETag = $"\"{version}\"";
}
