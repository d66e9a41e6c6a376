using System.Globalization;
using System.Text;

namespace Lims.Domain.Common;

/// <summary>
/// Identifiers that people type and compare (serial numbers, credit codes, asset numbers, user
/// names, certificate numbers): kept in Unicode NFKC, so that a full-width copy (ＳＮ１２３) is the
/// same identifier as SN123 and a duplicate of it; and never with an invisible or direction-changing
/// character (Unicode Cf, Zl, Zp, controls, lone surrogates), which would make two identifiers that
/// look alike differ.
/// </summary>
public static class Identifiers
{
    /// <summary>NFKC, without surrounding white space; a text that cannot be normalised (a lone surrogate) is returned as it is, and refused by <see cref="HasHiddenCharacters"/>.</summary>
    public static string Normalize(string value)
    {
        var trimmed = value.Trim();
        try
        {
            return trimmed.IsNormalized(NormalizationForm.FormKC) ? trimmed : trimmed.Normalize(NormalizationForm.FormKC).Trim();
        }
        catch (ArgumentException)
        {
            return trimmed;
        }
    }

    public static bool HasHiddenCharacters(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return true;
            }

            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control)
            {
                return true;
            }

            i += consumed - 1;
        }

        return false;
    }
}
