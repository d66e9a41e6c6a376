namespace Lims.Domain.Numbering;

/// <summary>The prefixes of <see cref="NumberKind"/> in issued numbers.</summary>
public static class NumberKindExtensions
{
    /// <summary><c>SJ</c>, <c>JD</c>, <c>TZ</c> or <c>JZ</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined kind.</exception>
    public static string Prefix(this NumberKind kind) => kind switch
    {
        NumberKind.Receipt => "SJ",
        NumberKind.VerificationCertificate => "JD",
        NumberKind.VerificationResultNotice => "TZ",
        NumberKind.CalibrationCertificate => "JZ",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of number."),
    };

    /// <summary>True for a certificate kind (JD, TZ, JZ): only these are ever amended.</summary>
    public static bool IsCertificate(this NumberKind kind) =>
        kind is NumberKind.VerificationCertificate or NumberKind.VerificationResultNotice or NumberKind.CalibrationCertificate;

    /// <summary>The kind for an exact, upper-case prefix.</summary>
    public static bool TryFromPrefix(string? prefix, out NumberKind kind)
    {
        (var found, kind) = prefix switch
        {
            "SJ" => (true, NumberKind.Receipt),
            "JD" => (true, NumberKind.VerificationCertificate),
            "TZ" => (true, NumberKind.VerificationResultNotice),
            "JZ" => (true, NumberKind.CalibrationCertificate),
            _ => (false, default(NumberKind)),
        };
        return found;
    }
}
