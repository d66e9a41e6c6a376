using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;

namespace Lims.Application.Common.Idempotency;

/// <summary>A request sent with an <c>Idempotency-Key</c>: the key's scope (route and user), the key, and the request's hash.</summary>
public sealed record IdempotencyClaim(string Scope, string Key, string Hash)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The claim of <paramref name="userName"/>'s request to <paramref name="route"/> under <paramref name="key"/>.</summary>
    public static IdempotencyClaim Of<TRequest>(string route, string userName, string key, TRequest request) =>
        new($"{route}|{userName}", key, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, Json)))));

    /// <summary>Refuses a key sent empty, too long or with control characters (400); no key at all is fine.</summary>
    public static void EnsureValidKey(string? key)
    {
        if (key is not null && (key.Length is 0 or > IdempotentRequests.MaxKeyLength || key.Any(char.IsControl)))
        {
            throw new ValidationException([new ValidationFailure("Idempotency-Key", $"Idempotency-Key must be 1 to {IdempotentRequests.MaxKeyLength} printable characters, e.g. a UUID.")]);
        }
    }
}
