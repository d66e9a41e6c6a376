using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Lims.Api.Auth;

/// <summary>
/// Finds the token signing key: <c>Auth:SigningKey</c> when configured, else a key file made once
/// in the data folder (<c>Auth:SigningKeyFile</c>, or <c>jwt-signing.key</c> in <c>DataFolder</c>).
/// Outside Development a key file inside the install folder is refused: a copy of that folder (an
/// image, a second installation of the same build) would carry the key, and each installation
/// would accept the other's tokens.
/// </summary>
public static class SigningKeyStore
{
    public const string FileName = "jwt-signing.key";

    public static SymmetricSecurityKey Load(JwtOptions options, IConfiguration configuration, IHostEnvironment environment)
    {
        if (!string.IsNullOrEmpty(options.SigningKey))
        {
            if (options.SigningKey.Length < 32)
            {
                throw new InvalidOperationException("Auth:SigningKey must be at least 32 characters long.");
            }

            return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey));
        }

        var path = Path.GetFullPath(options.SigningKeyFile is { Length: > 0 } file
            ? Path.Combine(environment.ContentRootPath, file)
            : Path.Combine(DataFolder.Of(configuration, environment), FileName));
        if (!environment.IsDevelopment() && DataFolder.IsInside(path, AppContext.BaseDirectory))
        {
            throw new InvalidOperationException(
                $"The token signing key file {path} is inside the install folder {AppContext.BaseDirectory}, where every copy of this installation would share it. " +
                "Set Auth__SigningKey (at least 32 characters), or DataFolder (or Auth__SigningKeyFile) to a folder outside the install folder.");
        }

        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(Encoding.ASCII.GetBytes(fresh));
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
