namespace Lims.Api.Auth;

/// <summary>Configuration <c>Auth</c>.</summary>
public sealed class JwtOptions
{
    /// <summary>Access tokens live at most this long; a stolen one is of use for no longer.</summary>
    public const int MaxTokenLifetimeMinutes = 15;

    public string Issuer { get; set; } = "lims";

    public string Audience { get; set; } = "lims";

    /// <summary>
    /// At least 32 characters. When absent, a key file under the data folder
    /// (<see cref="SigningKeyStore"/>); several API processes must share one configured key.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>The file that holds the signing key when no key is configured.</summary>
    public string? SigningKeyFile { get; set; }

    public int TokenLifetimeMinutes { get; set; } = MaxTokenLifetimeMinutes;
}
