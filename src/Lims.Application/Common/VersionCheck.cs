using FluentValidation;
using FluentValidation.Results;
using Lims.Domain.Common;

namespace Lims.Application.Common;

/// <summary>
/// Optimistic concurrency as the API states it: the client sends back the <c>version</c> it read,
/// in the body or as <c>If-Match</c>. A stale body version is 409, a stale <c>If-Match</c> 412.
/// </summary>
public static class VersionCheck
{
    public static void Ensure(IVersioned record, string entity, string key, int? bodyVersion, int? ifMatchVersion)
    {
        if (bodyVersion is null && ifMatchVersion is null)
        {
            throw new ValidationException([new ValidationFailure("version", "Send the version you read, in the body or as an If-Match header.")]);
        }

        if (ifMatchVersion is { } ifMatch && ifMatch != record.Version)
        {
            throw new PreconditionFailedException($"{entity} '{key}' is at version {record.Version}, not {ifMatch} as If-Match requires.");
        }

        if (bodyVersion is { } sent && sent != record.Version)
        {
            throw ConflictException.StaleVersion(entity, key, sent, record.Version);
        }
    }

    /// <summary>Action routes (assign, approve, revoke, return…): the version is optional; when sent and stale, 409.</summary>
    public static void EnsureIfSent(IVersioned record, string entity, string key, int? sentVersion)
    {
        if (sentVersion is { } sent && sent != record.Version)
        {
            throw ConflictException.StaleVersion(entity, key, sent, record.Version);
        }
    }
}
