namespace Lims.Api.Auth;

/// <summary>Configuration <c>Auth</c>.</summary>
public sealed class JwtOptions
{
    public string Issuer { get; set; } = "lims";

    public string Audience { get; set; } = "lims";

    /// <summary>
    /// At least 32 characters. When absent a random key is made once and kept in
    /// <c>data/jwt-signing.key</c>; several API processes must share one configured key.
    /// </summary>
    public string? SigningKey { get; set; }

    public int TokenLifetimeMinutes { get; set; } = 60;
}
