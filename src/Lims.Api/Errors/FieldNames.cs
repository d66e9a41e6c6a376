using System.Text.Json;

namespace Lims.Api.Errors;

/// <summary>Field names in errors as the client wrote them: camelCase, with list indexes.</summary>
public static class FieldNames
{
    /// <summary><c>Items[0].InstrumentId</c> → <c>items[0].instrumentId</c>.</summary>
    public static string CamelCase(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary><c>$.items[0].instrumentId</c> → <c>items[0].instrumentId</c>; <c>$</c> → empty.</summary>
    public static string FromJsonPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? string.Empty : path.TrimStart('$', '.');
}
