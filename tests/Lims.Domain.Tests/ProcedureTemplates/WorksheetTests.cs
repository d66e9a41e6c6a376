using System.Globalization;
using Lims.Domain.Common;
using Lims.Domain.Measurements;
using Lims.Domain.ProcedureTemplates;

namespace Lims.Domain.Tests.ProcedureTemplates;

public class WorksheetTests
{
    private static InstrumentParameters Scale(string max, string e, string accuracyClass) =>
        new(new Dictionary<string, string> { ["max"] = max, ["e"] = e, ["class"] = accuracyClass });

    private static string Nominals(Worksheet sheet, string item) =>
        string.Join(" ", sheet.Items.Single(i => i.Code == item).Points.Select(p => p.Nominal.ToString(CultureInfo.InvariantCulture)));

    [TestCase("15", "0.005", "III", "0.1 2.5 7.5 10 15", TestName = "Class III 15 kg: Min, both change points, half Max and Max")]
    [TestCase("3", "0.001", "III", "0.02 0.5 1.5 2 3", TestName = "Class III 3 kg")]
    [TestCase("5", "0.005", "III", "0.1 2.5 5", TestName = "Class III 5 kg / 5 g: 2000e is beyond Max, half Max is 500e")]
    [TestCase("50", "0.1", "IIII", "1 5 20 25 50", TestName = "Class IIII 50 kg")]
    public void A_scale_s_weighing_points_follow_its_range_and_class(string max, string e, string accuracyClass, string expected)
    {
        Assert.That(Nominals(Worksheet.For(ShippedTemplates.DigitalScale, Scale(max, e, accuracyClass)), "weighing"), Is.EqualTo(expected));
    }

    [Test]
    public void Eccentricity_is_a_third_of_Max_in_five_positions_each_with_its_MPE()
    {
        var item = Worksheet.For(ShippedTemplates.DigitalScale, Scale("15", "0.005", "III")).Items.Single(i => i.Code == "eccentricity");

        Assert.Multiple(() =>
        {
            Assert.That(item.Points.Select(p => p.Nominal), Is.All.EqualTo(5m));
            Assert.That(item.Points, Has.Count.EqualTo(5));
            Assert.That(item.Points[0].Mpe, Is.EqualTo(Tolerance.Symmetric(0.0050m)));
            Assert.That(item.ReadingsPerPoint, Is.EqualTo(1));
        });
    }

    [TestCase("15", "0.5", "III", "parameters-invalid", TestName = "Max/e = 30 is too few intervals for class III")]
    [TestCase("15", "0.005", "II", "parameters-invalid", TestName = "A class the template does not know")]
    [TestCase("15", "-1", "III", "parameters-invalid", TestName = "A negative interval")]
    [TestCase("15", "", "III", "parameters-required", TestName = "No interval")]
    public void Parameters_that_do_not_fit_are_refused(string max, string e, string accuracyClass, string code)
    {
        var refused = Assert.Throws<DomainRuleException>(() => Worksheet.For(ShippedTemplates.DigitalScale, Scale(max, e, accuracyClass)));

        Assert.That(refused.Code, Is.EqualTo(code));
    }

    private static IReadOnlyList<decimal> Three(decimal nominal) => [nominal, nominal, nominal + 0.0005m];

    private static List<TestItemEntry> Complete(Worksheet sheet) =>
    [
        new("appearance", true, null),
        new("zero", true, null),
        .. sheet.Items.Where(i => i.Kind != TestItemKind.Check).Select(i => new TestItemEntry(i.Code, null, [.. i.Points.Select(p => i.ReadingsPerPoint == 1 ? (IReadOnlyList<decimal>)[p.Nominal] : Three(p.Nominal))])),
    ];

    private static readonly UncertaintyComponent[] Resolution = [new("resolution", 0.00025, null) { Distribution = Distribution.Rectangular }];

    [Test]
    public void A_complete_worksheet_gives_every_point_and_every_item_s_outcome()
    {
        var sheet = Worksheet.For(ShippedTemplates.DigitalScale, Scale("15", "0.005", "III"));

        var filled = FilledWorksheet.From(sheet, Complete(sheet), _ => Resolution, null);

        Assert.Multiple(() =>
        {
            Assert.That(filled.Points.Select(p => p.TestItem).Distinct(), Is.EqualTo(new[] { "weighing", "eccentricity" }));
            Assert.That(filled.Points, Has.Count.EqualTo(10));
            Assert.That(filled.Outcomes.Select(o => o.Code), Is.EqualTo(new[] { "appearance", "zero", "repeatability", "repeatability" }));
            Assert.That(filled.Outcomes.Select(o => o.Verdict), Is.All.EqualTo(PointVerdict.Pass));
        });
    }

    [Test]
    public void Leaving_out_a_point_is_refused_as_incomplete()
    {
        var sheet = Worksheet.For(ShippedTemplates.DigitalScale, Scale("15", "0.005", "III"));
        var entries = Complete(sheet);
        var weighing = entries.Single(e => e.Code == "weighing");
        entries[entries.IndexOf(weighing)] = weighing with { Readings = [.. weighing.Readings!.Take(1)] };

        var refused = Assert.Throws<DomainRuleException>(() => FilledWorksheet.From(sheet, entries, _ => Resolution, null));

        Assert.That(refused.Code, Is.EqualTo("incomplete-results"));
        Assert.That(refused.Message, Does.Contain("at 2.5 kg"));
    }

    [Test]
    public void Leaving_out_a_test_item_is_refused_as_incomplete()
    {
        var sheet = Worksheet.For(ShippedTemplates.DigitalScale, Scale("15", "0.005", "III"));

        var refused = Assert.Throws<DomainRuleException>(() => FilledWorksheet.From(sheet, [.. Complete(sheet).Where(e => e.Code != "zero")], _ => Resolution, null));

        Assert.That(refused.Code, Is.EqualTo("incomplete-results"));
        Assert.That(refused.Message, Does.Contain("(zero)"));
    }

    [Test]
    public void A_point_with_another_number_of_readings_than_asked_is_refused()
    {
        var sheet = Worksheet.For(ShippedTemplates.DigitalScale, Scale("15", "0.005", "III"));
        var entries = Complete(sheet);
        var weighing = entries.Single(e => e.Code == "weighing");
        entries[entries.IndexOf(weighing)] = weighing with { Readings = [[0.1m, 0.1m], .. weighing.Readings!.Skip(1)] };

        var refused = Assert.Throws<DomainRuleException>(() => FilledWorksheet.From(sheet, entries, _ => Resolution, null));

        Assert.That(refused.Code, Is.EqualTo("readings-count-mismatch"));
    }

    [TestCase("0.05 mg (k=2)", "kg", 5e-8, ComponentScale.Absolute, 2.0)]
    [TestCase("U = 1.5 Pa, k = 2", "kPa", 0.0015, ComponentScale.Absolute, 2.0)]
    [TestCase("2×10⁻⁶ (k=2)", "V", 2.0, ComponentScale.PartsPerMillion, 2.0)]
    [TestCase("0.005 % (k=2)", "MPa", 0.005, ComponentScale.Percent, 2.0)]
    [TestCase("8 ppm", "V", 8.0, ComponentScale.PartsPerMillion, null)]
    [TestCase("0.02 MPa（k=2）", "MPa", 0.02, ComponentScale.Absolute, 2.0)]
    public void A_calibration_s_stated_uncertainty_is_read_in_the_point_s_unit(string text, string unit, double value, ComponentScale scale, double? k)
    {
        var stated = StatedUncertainty.Read(text, unit)!;

        Assert.Multiple(() =>
        {
            Assert.That(stated.Value, Is.EqualTo(value).Within(value * 1e-12));
            Assert.That(stated.Scale, Is.EqualTo(scale));
            Assert.That(stated.CoverageFactor, Is.EqualTo(k));
        });
    }

    [TestCase("见证书", "kg")]
    [TestCase("0.05 mg (k=2)", "V")]
    [TestCase("", "kg")]
    public void A_stated_uncertainty_that_cannot_be_read_in_the_point_s_unit_is_null(string text, string unit)
    {
        Assert.That(StatedUncertainty.Read(text, unit), Is.Null);
    }
}
