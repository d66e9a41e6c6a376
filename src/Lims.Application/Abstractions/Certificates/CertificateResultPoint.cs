namespace Lims.Application.Abstractions.Certificates;

/// <summary>
/// One measurement point, every value already formatted by the application (rule 2: U to two
/// significant digits, the error to the same decimal place). The renderer prints the strings
/// verbatim, right-aligned, so decimal places are exactly what the evaluation decided.
/// </summary>
/// <param name="Quantity">量, e.g. 质量 / Mass.</param>
/// <param name="Unit">单位, e.g. kg.</param>
/// <param name="Mpe">最大允许误差, e.g. ±0.005; null for a calibration without specification.</param>
/// <param name="ExpandedUncertainty">U, same unit as the error.</param>
/// <param name="CoverageFactor">k with its coverage probability, e.g. "2.12, p≈95 %", or "2" for a fixed k = 2.</param>
/// <param name="Verdict">判定, e.g. 合格 / Pass; null when no verdict is given.</param>
public sealed record CertificateResultPoint(
    string Quantity,
    string Unit,
    string Nominal,
    string Mean,
    string Error,
    string? Mpe,
    string ExpandedUncertainty,
    string CoverageFactor,
    string? Verdict)
{
    /// <summary>The test item the point belongs to, with its label (e.g. "偏载 Eccentricity 1"); null for points entered freely.</summary>
    public string? Item { get; init; }
}
