namespace Lims.Domain.Intake;

/// <summary>
/// The first response to a request sent with an <c>Idempotency-Key</c>, kept so that a retry of
/// the same request gets the same answer and creates nothing. Saved in the same transaction as
/// what the request created.
/// </summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord()
    {
        Scope = Key = RequestHash = Response = string.Empty;
    }

    public IdempotencyRecord(string scope, string key, string requestHash, string response, DateTimeOffset createdAt)
    {
        Scope = scope;
        Key = key;
        RequestHash = requestHash;
        Response = response;
        CreatedAt = createdAt;
    }

    /// <summary>The route and the user who sent it: keys of different users never collide.</summary>
    public string Scope { get; private set; }

    public string Key { get; private set; }

    /// <summary>SHA-256 of the request body as JSON: the same key with another body is refused.</summary>
    public string RequestHash { get; private set; }

    /// <summary>The response body as JSON.</summary>
    public string Response { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
