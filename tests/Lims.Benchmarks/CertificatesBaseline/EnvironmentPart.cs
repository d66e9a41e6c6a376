using Lims.Application.Abstractions.Certificates;

namespace Lims.Benchmarks.CertificatesBaseline;

/// <summary>Temperature, humidity and place of the measurement.</summary>
internal static class EnvironmentPart
{
    public static void Draw(CertificateCanvas canvas, CertificateEnvironment environment)
    {
        SectionTitle.Draw(canvas, Labels.Environment);
        FieldGrid.Draw(canvas, [[
            new Field(Labels.Temperature, $"{Formats.OneDecimal(environment.TemperatureCelsius)} °C"),
            new Field(Labels.Humidity, $"{Formats.OneDecimal(environment.RelativeHumidityPercent)} %RH"),
            new Field(Labels.Location, environment.Location),
        ]]);
    }
}
