namespace Lims.Api;

/// <summary>
/// What an installation outside Development must be told before it starts: the address at which
/// the public reaches it (printed in every certificate's QR code, whose bytes never change). The
/// signing key is checked where it is loaded (<see cref="Auth.SigningKeyStore"/>).
/// </summary>
public static class StartUpChecks
{
    public static void Ensure(IConfiguration configuration, IHostEnvironment environment)
    {
        var url = configuration["Certificates:PublicBaseUrl"];
        if (string.IsNullOrWhiteSpace(url))
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    "Certificates:PublicBaseUrl is not set (environment Certificates__PublicBaseUrl): the address at which the public reaches Lims, e.g. https://lims.example.gov.cn. " +
                    "Every certificate's QR code opens {PublicBaseUrl}/c/{number}, and a certificate is never changed, so a wrong address would be printed for ever.");
            }

            return;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            throw new InvalidOperationException($"Certificates:PublicBaseUrl '{url}' must be an absolute http or https address without query, fragment or user, e.g. https://lims.example.gov.cn.");
        }
    }
}
