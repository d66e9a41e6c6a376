using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Lims.Api.Auth;

/// <summary>Finds the token signing key: from configuration, else from a file made once.</summary>
public static class SigningKeyStore
{
    public static SymmetricSecurityKey Load(JwtOptions options, string contentRoot)
    {
        if (!string.IsNullOrEmpty(options.SigningKey))
        {
            if (options.SigningKey.Length < 32)
            {
                throw new InvalidOperationException("Auth:SigningKey must be at least 32 characters long.");
            }

            return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey));
        }

        var path = Path.Combine(contentRoot, "data", "jwt-signing.key");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
            try
            {
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                file.Write(Encoding.ASCII.GetBytes(fresh));
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process made it first; use theirs.
            }
        }

        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
    }
}
