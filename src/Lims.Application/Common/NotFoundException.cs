namespace Lims.Application.Common;

/// <summary>The resource named in the route does not exist (404).</summary>
public sealed class NotFoundException(string entity, string key)
    : Exception($"{entity} '{key}' was not found.")
{
    public string Entity { get; } = entity;

    public string Key { get; } = key;
}
