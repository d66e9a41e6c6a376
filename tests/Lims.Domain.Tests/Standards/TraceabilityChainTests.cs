using Lims.Domain.Standards;

namespace Lims.Domain.Tests.Standards;

public sealed class TraceabilityChainTests
{
    [Test]
    public void The_weight_set_traces_through_guangdong_to_the_national_kilogram()
    {
        var standard = MassStandard.Standard();
        var chain = TraceabilityChain.For(MassStandard.WeightSet(standard), standard, MassStandard.Graph(), new DateOnly(2026, 3, 1));

        Assert.Multiple(() =>
        {
            Assert.That(chain.Valid, Is.True);
            Assert.That(chain.Links.Select(l => l.Code), Is.EqualTo(new[] { "JM-ZC-0001", "JM-M-01", "GDJL-2026-00123", "GD-M-E1", "CN-KG" }));
        });
    }

    [TestCase("2027-01-10", TraceabilityLinkKind.Calibration, TestName = "After the calibration expired")]
    [TestCase("2027-04-01", TraceabilityLinkKind.MeasurementStandard, TestName = "After the assessment expired")]
    public void A_date_outside_a_validity_breaks_that_link(string on, TraceabilityLinkKind broken)
    {
        var standard = MassStandard.Standard();
        var chain = TraceabilityChain.For(MassStandard.WeightSet(standard), standard, MassStandard.Graph(), MassStandard.Day(on));

        Assert.Multiple(() =>
        {
            Assert.That(chain.Valid, Is.False);
            Assert.That(chain.Links.Single(l => l.Kind == broken).Valid, Is.False);
            Assert.That(chain.Links.Single(l => l.Kind == broken).Reason, Is.Not.Empty);
        });
    }

    [Test]
    public void A_chain_ending_at_an_external_standard_is_broken_at_its_top()
    {
        var standard = MassStandard.Standard();
        var graph = MassStandard.Graph();
        graph.Add("JM-EXT", "某计量站砝码", "某计量站", ReferenceStandardKind.ExternalStandard, null);
        var equipment = new Equipment("JM-ZC-0002", "砝码", "x", "x", "1", standard);
        equipment.AddCalibration("X-1", "某计量站", new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), "0.1 mg (k=2)", CalibrationConformity.Pass, "JM-EXT", MassStandard.Today);

        var chain = TraceabilityChain.For(equipment, standard, graph, new DateOnly(2026, 3, 1));

        Assert.Multiple(() =>
        {
            Assert.That(chain.Valid, Is.False);
            Assert.That(chain.Links[^1].Code, Is.EqualTo("JM-EXT"));
            Assert.That(chain.Links[^1].Reason, Does.Contain("does not reach a national primary standard"));
        });
    }
}
