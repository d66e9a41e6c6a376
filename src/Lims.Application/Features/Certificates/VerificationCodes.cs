using System.Security.Cryptography;

namespace Lims.Application.Features.Certificates;

/// <summary>The code printed beside the QR code: 8 characters without look-alikes (0/O, 1/I/L), e.g. 7KQ2-M9XD.</summary>
public static class VerificationCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New()
    {
        Span<char> code = stackalloc char[9];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = i == 4 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(code);
    }

    /// <summary>
    /// Whether <paramref name="typed"/> is <paramref name="code"/> as a person types it: with or
    /// without the hyphen, in any case, with spaces around or inside.
    /// </summary>
    public static bool Match(string code, string? typed) =>
        typed is not null && Normalise(typed) is { Length: > 0 } plain && string.Equals(Normalise(code), plain, StringComparison.Ordinal);

    private static string Normalise(string text) =>
        string.Concat(text.Where(c => c != '-' && !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant));
}
