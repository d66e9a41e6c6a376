using Lims.Domain.Common;
using Lims.Domain.Standards;

namespace Lims.Domain.Tests.Standards;

public sealed class ReferenceStandardGraphTests
{
    [Test]
    public void A_national_primary_standard_that_traces_to_something_is_refused()
    {
        var graph = MassStandard.Graph();

        var refused = Assert.Throws<DomainRuleException>(() => graph.Add("CN-KG-2", "国家千克基准 2", "中国计量科学研究院", ReferenceStandardKind.NationalPrimaryStandard, "CN-KG"));

        Assert.That(refused!.Code, Is.EqualTo("national-standard-traces-nowhere"));
    }

    [TestCase("A", "A", TestName = "A standard that traces to itself")]
    [TestCase("A", "C", TestName = "A standard that traces to one that traces back through another")]
    [TestCase("B", "C", TestName = "A standard that traces to the one below it")]
    public void Cycles_are_refused(string changed, string newUpstream)
    {
        var graph = new ReferenceStandardGraph([]);
        var a = graph.Add("A", "A", "甲", ReferenceStandardKind.ExternalStandard, null);
        var b = graph.Add("B", "B", "乙", ReferenceStandardKind.ExternalStandard, "A");
        graph.Add("C", "C", "丙", ReferenceStandardKind.ExternalStandard, "B");
        var target = changed == "A" ? a : b;

        var refused = Assert.Throws<DomainRuleException>(() => graph.Change(target, target.Name, target.Holder, target.Kind, newUpstream));

        Assert.That(refused!.Code, Is.EqualTo("traceability-cycle"));
    }

    [Test]
    public void A_new_standard_tracing_to_itself_is_a_cycle()
    {
        var refused = Assert.Throws<DomainRuleException>(() => new ReferenceStandardGraph([]).Add("X", "X", "甲", ReferenceStandardKind.ExternalStandard, "X"));
        Assert.That(refused!.Code, Is.EqualTo("traceability-cycle"));
    }

    [Test]
    public void An_unknown_upstream_is_refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => MassStandard.Graph().Add("X", "X", "甲", ReferenceStandardKind.ExternalStandard, "NOWHERE"));
        Assert.That(refused!.Code, Is.EqualTo("unknown-reference-standard"));
    }

    [TestCase("GD-M-E1", true)]
    [TestCase("CN-KG", true)]
    [TestCase("JM-EXT", false)]
    public void A_chain_is_whole_only_when_it_ends_in_a_national_primary_standard(string code, bool reaches)
    {
        var graph = MassStandard.Graph();
        graph.Add("JM-EXT", "某计量站砝码", "某计量站", ReferenceStandardKind.ExternalStandard, null);

        Assert.That(graph.ReachesNationalStandard(code), Is.EqualTo(reaches));
    }
}
