using System.Globalization;

namespace Lims.Domain.Numbering;

/// <summary>
/// A receipt or certificate number (domain rule 1): <c>{lab}-{SJ|JD|TZ|JZ}-{yyyy}-{000001}</c>, and for a
/// certificate amendment <c>{original}-A{n}</c>, e.g. <c>JM-JD-2026-000001-A2</c>.
/// </summary>
/// <remarks>
/// <para>This type only writes and reads numbers. Drawing the next sequence value (per laboratory,
/// kind and year, without gaps, unique under concurrent issue) and counting the amendments already
/// issued belong to the persistence layer.</para>
/// <para>The sequence has at least six digits, zero-padded; from 1 000 000 on it simply has more
/// digits (<c>JM-SJ-2026-1000000</c>) rather than wrapping or failing, so the text stays unique.
/// Every number has exactly one written form: <see cref="TryParse"/> accepts only that form (no
/// trimming, no lower case, no extra leading zeros) and <see cref="ToString"/> gives it back.</para>
/// <para>Only certificates (JD, TZ, JZ) are amended; a receipt number never carries <c>-A{n}</c>.
/// Amending an amendment amends the original: the new number is the original's next
/// <c>-A{n}</c>, never <c>-A1-A1</c>.</para>
/// </remarks>
public readonly record struct DocumentNumber
{
    /// <summary>The first year a number may carry.</summary>
    public const int MinYear = 2000;

    /// <summary>The last year a number may carry (the format has four year digits).</summary>
    public const int MaxYear = 2999;

    private const int SequenceDigits = 6;

    private readonly string? _laboratoryCode;

    private DocumentNumber(string laboratoryCode, NumberKind kind, int year, long sequence, int amendmentOrdinal)
    {
        _laboratoryCode = laboratoryCode;
        Kind = kind;
        Year = year;
        Sequence = sequence;
        AmendmentOrdinal = amendmentOrdinal;
    }

    /// <summary>The laboratory's code, e.g. <c>JM</c>.</summary>
    public string LaboratoryCode => _laboratoryCode ?? string.Empty;

    public NumberKind Kind { get; }

    public int Year { get; }

    /// <summary>The sequence within laboratory, kind and year, from 1.</summary>
    public long Sequence { get; }

    /// <summary>The <c>n</c> of <c>-A{n}</c>; 0 for an original number.</summary>
    public int AmendmentOrdinal { get; }

    public bool IsAmendment => AmendmentOrdinal > 0;

    /// <summary>The number this one amends, or itself when it is an original.</summary>
    public DocumentNumber Original => new(LaboratoryCode, Kind, Year, Sequence, 0);

    /// <summary>Writes an original number, e.g. <c>Format("JM", Receipt, 2026, 1)</c> is <c>JM-SJ-2026-000001</c>.</summary>
    /// <exception cref="ArgumentException">The laboratory code is not 2-16 of A-Z and 0-9, the kind is
    /// undefined, the year is outside 2000-2999 or the sequence is below 1.</exception>
    public static string Format(string laboratoryCode, NumberKind kind, int year, long sequence)
    {
        ArgumentNullException.ThrowIfNull(laboratoryCode);
        if (!IsLaboratoryCode(laboratoryCode))
        {
            throw new ArgumentException(
                $"A laboratory code is 2 to 16 capital letters A-Z or digits; '{laboratoryCode}' is not.", nameof(laboratoryCode));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return new DocumentNumber(laboratoryCode, kind, year, sequence, 0).ToString();
    }

    /// <summary>Writes amendment <paramref name="n"/> of a certificate: <c>{originalNumber}-A{n}</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="originalNumber"/> is not a certificate number
    /// in canonical form, is itself an amendment (use <see cref="NextAmendmentNumber"/>), or
    /// <paramref name="n"/> is below 1.</exception>
    public static string Amendment(string originalNumber, int n)
    {
        var original = ParseArgument(originalNumber, nameof(originalNumber));
        if (original.IsAmendment)
        {
            throw new ArgumentException(
                $"'{originalNumber}' is already an amendment; amendments are numbered from the original.", nameof(originalNumber));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        return AmendmentOf(original, n, nameof(originalNumber)).ToString();
    }

    /// <summary>
    /// The number of a new amendment of <paramref name="number"/>, which may be an original or an
    /// amendment: always <c>{original}-A{existingAmendments + 1}</c>, so amending
    /// <c>JM-JD-2026-000001-A1</c> when one amendment exists gives <c>JM-JD-2026-000001-A2</c>.
    /// </summary>
    /// <param name="existingAmendments">How many amendments of the original have been issued so far
    /// (the caller counts them in the same transaction that issues the new one).</param>
    /// <exception cref="ArgumentException">Not a certificate number in canonical form, or
    /// <paramref name="existingAmendments"/> is negative or fewer than the amendment being amended.</exception>
    public static string NextAmendmentNumber(string number, int existingAmendments)
    {
        var parsed = ParseArgument(number, nameof(number));
        if (existingAmendments < parsed.AmendmentOrdinal)
        {
            throw new ArgumentOutOfRangeException(
                nameof(existingAmendments),
                existingAmendments,
                $"'{number}' is amendment {parsed.AmendmentOrdinal}, so at least that many amendments exist.");
        }

        ArgumentOutOfRangeException.ThrowIfEqual(existingAmendments, int.MaxValue);
        return AmendmentOf(parsed.Original, existingAmendments + 1, nameof(number)).ToString();
    }

    /// <summary>Reads a number written in its canonical form.</summary>
    public static bool TryParse(string? text, out DocumentNumber number)
    {
        number = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var parts = text.Split('-');
        if (parts.Length is not (4 or 5)
            || !IsLaboratoryCode(parts[0])
            || !NumberKindExtensions.TryFromPrefix(parts[1], out var kind)
            || !TryReadYear(parts[2], out var year)
            || !TryReadSequence(parts[3], out var sequence))
        {
            return false;
        }

        var amendmentOrdinal = 0;
        if (parts.Length == 5 && (!kind.IsCertificate() || !TryReadAmendment(parts[4], out amendmentOrdinal)))
        {
            return false;
        }

        number = new DocumentNumber(parts[0], kind, year, sequence, amendmentOrdinal);
        return true;
    }

    /// <summary>Reads a number written in its canonical form.</summary>
    /// <exception cref="FormatException">It is not.</exception>
    public static DocumentNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException($"'{text}' is not a receipt or certificate number.");

    /// <summary>The canonical text, e.g. <c>JM-JD-2026-000001-A1</c>; empty for <c>default</c>.</summary>
    public override string ToString()
    {
        if (_laboratoryCode is null)
        {
            return string.Empty;
        }

        var sequence = Sequence.ToString("D" + SequenceDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var text = string.Create(CultureInfo.InvariantCulture, $"{_laboratoryCode}-{Kind.Prefix()}-{Year:D4}-{sequence}");
        return IsAmendment ? string.Create(CultureInfo.InvariantCulture, $"{text}-A{AmendmentOrdinal}") : text;
    }

    private static DocumentNumber ParseArgument(string number, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(number, parameterName);
        return TryParse(number, out var parsed)
            ? parsed
            : throw new ArgumentException($"'{number}' is not a receipt or certificate number.", parameterName);
    }

    private static DocumentNumber AmendmentOf(DocumentNumber original, int n, string parameterName) =>
        original.Kind.IsCertificate()
            ? new DocumentNumber(original.LaboratoryCode, original.Kind, original.Year, original.Sequence, n)
            : throw new ArgumentException($"'{original}' is a receipt number; only certificates are amended.", parameterName);

    private static bool IsLaboratoryCode(string text) =>
        text.Length is >= 2 and <= 16 && text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    private static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    private static bool TryReadYear(string text, out int year)
    {
        year = 0;
        return text.Length == 4
            && IsDigits(text)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year is >= MinYear and <= MaxYear;
    }

    // At least six digits; longer only without a leading zero, so each sequence has one form.
    private static bool TryReadSequence(string text, out long sequence)
    {
        sequence = 0;
        return IsDigits(text)
            && (text.Length == SequenceDigits || (text.Length > SequenceDigits && text[0] != '0'))
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out sequence)
            && sequence >= 1;
    }

    private static bool TryReadAmendment(string text, out int n)
    {
        n = 0;
        return text.Length >= 2
            && text[0] == 'A'
            && text[1] != '0'
            && IsDigits(text[1..])
            && int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out n);
    }
}
