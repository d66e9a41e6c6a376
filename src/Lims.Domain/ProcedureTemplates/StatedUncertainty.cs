using System.Globalization;
using System.Text.RegularExpressions;
using Lims.Domain.Measurements;

namespace Lims.Domain.ProcedureTemplates;

/// <summary>
/// An expanded uncertainty as a calibration certificate states it and the equipment register
/// records it: "0.05 mg (k=2)", "U = 1.5 Pa, k = 2", "2.5×10⁻⁶ (k=2)" (relative), "0.003 %", "8 ppm".
/// Read into a value in the point's unit (SI prefixes converted) or relative to the reading.
/// </summary>
public sealed partial record StatedUncertainty(double Value, ComponentScale Scale, double? CoverageFactor)
{
    private static readonly Dictionary<string, double> _prefixes = new(StringComparer.Ordinal)
    {
        ["n"] = 1e-9, ["µ"] = 1e-6, ["μ"] = 1e-6, ["u"] = 1e-6, ["m"] = 1e-3, ["c"] = 1e-2, ["k"] = 1e3, ["M"] = 1e6, ["G"] = 1e9,
    };

    /// <summary>Reads <paramref name="text"/> for a point in <paramref name="unit"/>; null when it cannot be read or its unit is not a scaling of the point's.</summary>
    public static StatedUncertainty? Read(string text, string unit)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = Pattern().Match(text.Replace('，', ',').Replace('（', '(').Replace('）', ')'));
        if (!match.Success || !double.TryParse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        if (match.Groups["power"].Success)
        {
            value *= Math.Pow(10, int.Parse(match.Groups["power"].Value.Replace('⁻', '-').Replace('−', '-').Select(Normal).ToArray(), CultureInfo.InvariantCulture));
        }

        double? k = match.Groups["k"].Success && double.TryParse(match.Groups["k"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) ? factor : null;
        var stated = match.Groups["unit"].Value.Trim();
        return stated switch
        {
            "%" => new StatedUncertainty(value, ComponentScale.Percent, k),
            "ppm" => new StatedUncertainty(value, ComponentScale.PartsPerMillion, k),
            "" when match.Groups["power"].Success || text.Contains("rel", StringComparison.OrdinalIgnoreCase) => new StatedUncertainty(value * 1e6, ComponentScale.PartsPerMillion, k),
            _ when Scaling(stated, unit) is { } scale => new StatedUncertainty(value * scale, ComponentScale.Absolute, k),
            _ => null,
        };
    }

    /// <summary>How many <paramref name="to"/> one <paramref name="from"/> is, when both are the same unit with SI prefixes.</summary>
    public static double? Scaling(string from, string to)
    {
        if (from == to)
        {
            return 1.0;
        }

        var (fromPrefix, fromBase) = Split(from);
        var (toPrefix, toBase) = Split(to);
        return fromBase.Length > 0 && fromBase == toBase ? fromPrefix / toPrefix : null;
    }

    private static (double Prefix, string Base) Split(string unit)
    {
        if (unit.Length > 1 && _prefixes.TryGetValue(unit[..1], out var prefix) && unit[1..] is "g" or "Pa" or "V" or "A" or "Ω" or "m" or "W" or "Hz" or "N" or "L" or "s" or "bar")
        {
            return (prefix, unit[1..]);
        }

        return (1.0, unit);
    }

    private static char Normal(char c) => "⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(c) is var i and >= 0 ? (char)('0' + i) : c;

    [GeneratedRegex(@"^\s*(U(rel)?\s*[=:]?\s*)?(?<value>[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?)\s*([×x*]\s*10\^?(?<power>[-−⁻]?[0-9⁰¹²³⁴⁵⁶⁷⁸⁹]+))?\s*(?<unit>[^\s(,;0-9]*)\s*[,;]?\s*\(?\s*(k\s*=\s*(?<k>[0-9]+(\.[0-9]+)?))?\s*\)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
