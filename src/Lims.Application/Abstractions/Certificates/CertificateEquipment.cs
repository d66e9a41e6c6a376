namespace Lims.Application.Abstractions.Certificates;

/// <summary>
/// One 标准器 / 配套设备 used, with the calibration that was valid on the performance date and the
/// 计量标准 it belongs to: together they are the printed traceability statement (rule 6).
/// </summary>
public sealed record CertificateEquipment(
    string Name,
    string AssetNo,
    string CalibrationCertificateNo,
    DateOnly CalibrationValidUntil,
    string StandardName,
    string StandardAssessmentCertificateNo,
    DateOnly StandardAssessmentValidUntil);
