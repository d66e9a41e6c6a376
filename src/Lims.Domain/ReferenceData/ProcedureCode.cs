using System.Text.RegularExpressions;

namespace Lims.Domain.ReferenceData;

/// <summary>
/// Codes of the national metrological technical documents: <c>JJG 539-2016</c> (检定规程),
/// <c>JJF 1059.1-2012</c> (校准规范), and local ones such as <c>JJG(粤) 001-2018</c>.
/// </summary>
public static partial class ProcedureCode
{
    public const string Explanation = "'code' must look like 'JJG 539-2016', 'JJF 1059.1-2012' or 'JJG(粤) 001-2018'.";

    public static bool IsWellFormed(string? code) => code is not null && Format().IsMatch(code);

    /// <summary>JJG documents are verification regulations, JJF documents calibration specifications.</summary>
    public static ProcedureKind KindOf(string code) =>
        code.StartsWith("JJG", StringComparison.Ordinal) ? ProcedureKind.VerificationRegulation : ProcedureKind.CalibrationSpecification;

    [GeneratedRegex(@"^JJ[GF](\([^()\s]{1,8}\))? [0-9]{1,5}(\.[0-9]{1,3})?-[0-9]{4}$")]
    private static partial Regex Format();
}
