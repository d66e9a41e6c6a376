using System.Globalization;
using Lims.Domain.ProcedureTemplates;

namespace Lims.Domain.Tests.ProcedureTemplates;

/// <summary>Each shipped template's MPE at the edges of its bands (the tables named in its Basis).</summary>
public class ShippedTemplateMpeTests
{
    private static InstrumentParameters Values(bool inService = false, params (string Name, string Value)[] values) =>
        new(values.ToDictionary(v => v.Name, v => v.Value), inService);

    private static decimal Mpe(TemplateDefinition template, InstrumentParameters parameters, string nominal) =>
        MpeCalculator.At(template.Mpe, decimal.Parse(nominal, CultureInfo.InvariantCulture), parameters).Upper;

    // JJG 539-2016 表3, class III, Max 15 kg, e = 5 g (n = 3000): 500e = 2.5 kg, 2000e = 10 kg.
    [TestCase("0.1", false, "0.0025")]
    [TestCase("2.5", false, "0.0025")]
    [TestCase("2.505", false, "0.005")]
    [TestCase("10", false, "0.005")]
    [TestCase("10.005", false, "0.0075")]
    [TestCase("15", false, "0.0075")]
    [TestCase("2.5", true, "0.005")]
    [TestCase("15", true, "0.015")]
    public void A_class_III_scale(string load, bool inService, string expected)
    {
        var parameters = Values(inService, ("max", "15"), ("e", "0.005"), ("class", "III"));

        Assert.That(Mpe(ShippedTemplates.DigitalScale, parameters, load), Is.EqualTo(decimal.Parse(expected, CultureInfo.InvariantCulture)));
    }

    // Class IIII, Max 50 kg, e = 0.1 kg (n = 500): 50e = 5 kg, 200e = 20 kg.
    [TestCase("5", "0.05")]
    [TestCase("5.1", "0.1")]
    [TestCase("20", "0.1")]
    [TestCase("20.1", "0.15")]
    [TestCase("50", "0.15")]
    public void A_class_IIII_scale(string load, string expected)
    {
        var parameters = Values(false, ("max", "50"), ("e", "0.1"), ("class", "IIII"));

        Assert.That(Mpe(ShippedTemplates.DigitalScale, parameters, load), Is.EqualTo(decimal.Parse(expected, CultureInfo.InvariantCulture)));
    }

    // JJG 52-2013 表1, % of the span 0–1.6 MPa: up to 90 % of the upper limit (1.44 MPa) the class, above it the next value.
    [TestCase("1.6", "0.32", "0.0256")]
    [TestCase("1.6", "1.44", "0.0256")]
    [TestCase("1.6", "1.45", "0.04")]
    [TestCase("1.0", "1.44", "0.016")]
    [TestCase("1.0", "1.6", "0.0256")]
    [TestCase("2.5", "1.6", "0.064")]
    [TestCase("4.0", "0.32", "0.064")]
    [TestCase("4.0", "1.6", "0.064")]
    public void A_pressure_gauge(string accuracyClass, string pressure, string expected)
    {
        var parameters = Values(false, ("upper", "1.6"), ("division", "0.05"), ("class", accuracyClass));

        Assert.That(Mpe(ShippedTemplates.PressureGauge, parameters, pressure), Is.EqualTo(decimal.Parse(expected, CultureInfo.InvariantCulture)));
    }

    // JJF 1587-2016 with ±(0.05 % of reading + 2 digits), 20 V range, 1 mV resolution.
    [TestCase("2", "0.003")]
    [TestCase("10", "0.007")]
    [TestCase("18", "0.011")]
    public void A_multimeter(string volts, string expected)
    {
        var parameters = Values(false, ("range", "20"), ("resolution", "0.001"));

        Assert.That(Mpe(ShippedTemplates.Multimeter, parameters, volts), Is.EqualTo(decimal.Parse(expected, CultureInfo.InvariantCulture)));
    }
}
