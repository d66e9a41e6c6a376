namespace Lims.Application.Common;

/// <summary>
/// The request clashes with what is stored (409): a duplicate key (<c>duplicate-code</c>, …) or a
/// stale <c>version</c> (<c>stale-version</c>).
/// </summary>
public sealed class ConflictException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    public static ConflictException StaleVersion(string entity, string key, int sent, int current) =>
        new("stale-version", $"{entity} '{key}' has changed since you read it (you sent version {sent}, it is now {current}). Reload it and apply your change again.");
}
