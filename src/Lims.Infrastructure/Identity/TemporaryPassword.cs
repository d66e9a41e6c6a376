using System.Security.Cryptography;

namespace Lims.Infrastructure.Identity;

/// <summary>
/// A password an administrator reads out or hands over once: 16 random characters in four groups,
/// from an alphabet without look-alikes (no 0/O, 1/l/I), about 80 bits.
/// </summary>
public static class TemporaryPassword
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Make() =>
        string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 4)));
}
