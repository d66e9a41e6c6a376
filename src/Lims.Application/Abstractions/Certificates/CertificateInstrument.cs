namespace Lims.Application.Abstractions.Certificates;

/// <summary>计量器具 as identified on receipt.</summary>
/// <param name="Description">器具名称, usually the instrument type's name, e.g. 电子计价秤.</param>
/// <param name="ConditionOnReceipt">收样时状态, e.g. "外观完好 / Good".</param>
public sealed record CertificateInstrument(
    string Description,
    string Manufacturer,
    string Model,
    string SerialNumber,
    string Range,
    string AccuracyClass,
    string ConditionOnReceipt);
