using Lims.Domain.Common;
using Lims.Domain.Instruments;
using Lims.Domain.ReferenceData;

namespace Lims.Domain.Tests.Instruments;

public sealed class RetirementTests
{
    private static readonly InstrumentType Scale = new("PS", "电子计价秤", new Procedure("JJG 539-2016", "数字指示秤", ProcedureKind.VerificationRegulation), compulsory: true, intervalMonths: 12, fee: 30m);
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static Instrument NewScale() => new(Guid.NewGuid(), Scale, "上海友声", "ACS-15", "SN1", "(0~15) kg", "Ⅲ", InstrumentUsage.TradeSettlement, "3 号摊位");

    [Test]
    public void An_instrument_in_service_is_retired_with_the_day_and_reason()
    {
        var scale = NewScale();
        scale.Retire("损坏报废", Today);
        Assert.That((scale.Status, scale.RetiredOn, scale.RetirementReason), Is.EqualTo((InstrumentStatus.Retired, (DateOnly?)Today, "损坏报废")));
    }

    [Test]
    public void An_instrument_at_the_laboratory_cannot_be_retired()
    {
        var scale = NewScale();
        scale.HandIn();
        var refused = Assert.Throws<DomainRuleException>(() => scale.Retire("损坏报废", Today));
        Assert.That(refused!.Code, Is.EqualTo("instrument-at-laboratory"));
    }

    [Test]
    public void A_retired_instrument_is_not_retired_again_nor_handed_in()
    {
        var scale = NewScale();
        scale.Retire("损坏报废", Today);
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<DomainRuleException>(() => scale.Retire("again", Today.AddDays(1)))!.Code, Is.EqualTo("instrument-retired"));
            Assert.That(Assert.Throws<DomainRuleException>(scale.HandIn)!.Code, Is.EqualTo("instrument-retired"));
            Assert.That(scale.RetiredOn, Is.EqualTo(Today));
        });
    }
}
