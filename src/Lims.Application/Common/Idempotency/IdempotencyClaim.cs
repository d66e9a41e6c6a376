namespace Lims.Application.Common.Idempotency;

/// <summary>A request sent with an <c>Idempotency-Key</c>: the key's scope (route and user), the key, and the request's hash.</summary>
public sealed record IdempotencyClaim(string Scope, string Key, string Hash);
