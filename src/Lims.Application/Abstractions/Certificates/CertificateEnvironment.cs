namespace Lims.Application.Abstractions.Certificates;

/// <summary>环境条件 during the measurement; printed with one decimal, e.g. 20.5 °C, 45.0 %RH.</summary>
public sealed record CertificateEnvironment(decimal TemperatureCelsius, decimal RelativeHumidityPercent, string Location);
