using Lims.Domain.Common;
using Lims.Domain.Instruments;
using Lims.Domain.ReferenceData;
using static Lims.Domain.Instruments.InstrumentUsage;

namespace Lims.Domain.Tests.ReferenceData;

/// <summary>Rule 16: an instrument is under compulsory verification by its type (in the catalogue, for that use) and its use.</summary>
public sealed class CompulsoryCatalogueTests
{
    private static readonly Procedure Regulation = new("JJG 52-2013", "弹性元件式一般压力表", ProcedureKind.VerificationRegulation);

    /// <summary>Types as the 2020 catalogue has them (docs/domain.md), and one under the old catalogue's rule (all four uses).</summary>
    private static readonly Dictionary<string, InstrumentType> Types = new()
    {
        ["pressure gauge"] = Type("PG", new CompulsoryScope([SafetyProtection], CompulsoryVerification.Periodic)),
        ["price scale"] = Type("PS", new CompulsoryScope([TradeSettlement], CompulsoryVerification.Periodic)),
        ["blood pressure monitor"] = Type("BP", new CompulsoryScope([HealthCare], CompulsoryVerification.Periodic)),
        ["household water meter"] = Type("WM", new CompulsoryScope([TradeSettlement], CompulsoryVerification.InitialOnly)),
        ["sound level meter"] = Type("SL", new CompulsoryScope([EnvironmentalMonitoring, SafetyProtection], CompulsoryVerification.Periodic)),
        ["all four uses"] = Type("A4", CompulsoryScope.ForAllLegalUses(CompulsoryVerification.Periodic)),
        ["not in the catalogue"] = Type("MM", null),
    };

    [TestCase("pressure gauge", SafetyProtection, "periodic")]
    [TestCase("pressure gauge", Other, "-")]
    [TestCase("pressure gauge", TradeSettlement, "-")]
    [TestCase("pressure gauge", HealthCare, "-")]
    [TestCase("price scale", TradeSettlement, "periodic")]
    [TestCase("price scale", Other, "-")]
    [TestCase("price scale", SafetyProtection, "-")]
    [TestCase("blood pressure monitor", HealthCare, "periodic")]
    [TestCase("blood pressure monitor", EnvironmentalMonitoring, "-")]
    [TestCase("household water meter", TradeSettlement, "initial only")]
    [TestCase("household water meter", Other, "-")]
    [TestCase("sound level meter", EnvironmentalMonitoring, "periodic")]
    [TestCase("sound level meter", SafetyProtection, "periodic")]
    [TestCase("sound level meter", TradeSettlement, "-")]
    [TestCase("all four uses", TradeSettlement, "periodic")]
    [TestCase("all four uses", HealthCare, "periodic")]
    [TestCase("all four uses", SafetyProtection, "periodic")]
    [TestCase("all four uses", EnvironmentalMonitoring, "periodic")]
    [TestCase("all four uses", Other, "-")]
    [TestCase("not in the catalogue", TradeSettlement, "-")]
    [TestCase("not in the catalogue", Other, "-")]
    public void Type_and_use_decide_whether_and_how(string type, InstrumentUsage use, string expected)
    {
        var instrument = new Instrument(Guid.NewGuid(), Types[type], "上海自动化仪表", "Y-100", "SN1", "(0~1.6) MPa", "1.6级", use, "1 号锅炉");

        var way = instrument.CompulsoryVerificationUnder(Types[type]);

        Assert.That(way switch { null => "-", CompulsoryVerification.Periodic => "periodic", _ => "initial only" }, Is.EqualTo(expected));
    }

    [TestCase(new InstrumentUsage[0], "compulsory-uses-required")]
    [TestCase(new[] { Other }, "compulsory-use-not-legal")]
    [TestCase(new[] { TradeSettlement, Other }, "compulsory-use-not-legal")]
    public void The_catalogue_names_some_of_the_four_uses_of_the_law_and_nothing_else(InstrumentUsage[] uses, string refusal) =>
        Assert.That(Assert.Throws<DomainRuleException>(() => _ = new CompulsoryScope(uses, CompulsoryVerification.Periodic))!.Code, Is.EqualTo(refusal));

    [Test]
    public void A_use_named_twice_counts_once_and_the_uses_are_kept_in_order()
    {
        var scope = new CompulsoryScope([SafetyProtection, TradeSettlement, SafetyProtection], CompulsoryVerification.Periodic);
        Assert.That(scope.Uses, Is.EqualTo(new[] { TradeSettlement, SafetyProtection }));
    }

    [Test]
    public void A_type_taken_out_of_the_catalogue_keeps_no_uses()
    {
        var type = Type("PG", new CompulsoryScope([SafetyProtection], CompulsoryVerification.InitialOnly));
        type.Update("一般压力表", Regulation, null, 6, 50m);
        Assert.That((type.Compulsory, type.CompulsoryUses.Count, type.CompulsoryVerificationFor(SafetyProtection)), Is.EqualTo((false, 0, (CompulsoryVerification?)null)));
    }

    private static InstrumentType Type(string code, CompulsoryScope? scope) => new(code, code, Regulation, scope, 6, 50m);
}
