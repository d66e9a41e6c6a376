namespace Lims.Application.Abstractions.Certificates;

/// <summary>
/// One test item of the procedure (检定项目 / 校准项目) with what was found and its verdict, as
/// printed: e.g. "外观检查 Visual inspection", "符合要求 / Meets the requirements", "合格 Pass".
/// </summary>
/// <param name="Verdict">Null when the item gives none (a calibration point without MPE).</param>
public sealed record CertificateTestItem(string Name, string Result, string? Verdict);
