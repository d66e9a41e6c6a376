using System.Globalization;

namespace Lims.Benchmarks.CertificatesBaseline;

/// <summary>How dates and environmental values print: ISO dates read the same in Chinese and English.</summary>
internal static class Formats
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string OneDecimal(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
