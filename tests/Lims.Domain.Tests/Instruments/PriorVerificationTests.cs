using System.Globalization;
using Lims.Domain.Common;
using Lims.Domain.Instruments;
using Lims.Domain.ReferenceData;
using static Lims.Domain.Instruments.InstrumentUsage;

namespace Lims.Domain.Tests.Instruments;

/// <summary>Rules 10, 15 and 16: the due date an instrument's last verification from before Lims gives.</summary>
public sealed class PriorVerificationTests
{
    private static readonly Procedure Regulation = new("JJG 52-2013", "一般压力表", ProcedureKind.VerificationRegulation);
    private static readonly InstrumentType Gauge = new("PG", "一般压力表", Regulation, new CompulsoryScope([SafetyProtection], CompulsoryVerification.Periodic), 6, 50m);
    private static readonly InstrumentType WaterMeter = new("WM", "饮用冷水水表", Regulation, new CompulsoryScope([TradeSettlement], CompulsoryVerification.InitialOnly), 72, 15m);
    private static readonly DateOnly Today = new(2026, 12, 3);

    [TestCase("gauge", SafetyProtection, "2026-08-31", PriorConclusion.Pass, "2026-08-31", "2027-02-28")]
    [TestCase("gauge", Other, "2025-01-15", PriorConclusion.Pass, "2025-01-15", "2025-07-15")]
    [TestCase("gauge", SafetyProtection, "2026-08-31", PriorConclusion.Fail, null, null)]
    [TestCase("water meter", TradeSettlement, "2024-05-20", PriorConclusion.Pass, "2024-05-20", null)]
    [TestCase("water meter", Other, "2024-05-20", PriorConclusion.Pass, "2024-05-20", "2030-05-20")]
    [TestCase("gauge", SafetyProtection, "2026-12-03", PriorConclusion.Pass, "2026-12-03", "2027-06-03")]
    public void A_last_verification_from_before_Lims_gives_the_due_date_a_verification_in_Lims_would(
        string type, InstrumentUsage use, string performedOn, PriorConclusion conclusion, string? lastVerified, string? nextDue)
    {
        var of = type == "gauge" ? Gauge : WaterMeter;
        var instrument = New(of, use);

        var prior = instrument.RecordPriorVerification("粤JL2026-001234", "广东省计量科学研究院", Date(performedOn)!.Value, conclusion, of, Today);

        Assert.That((instrument.LastVerifiedOn, instrument.NextDueOn), Is.EqualTo((Date(lastVerified), Date(nextDue))));
        Assert.That((prior.InstrumentId, prior.CertificateNo, prior.IssuedBy, prior.PerformedOn, prior.Conclusion),
            Is.EqualTo((instrument.Id, "粤JL2026-001234", "广东省计量科学研究院", Date(performedOn)!.Value, conclusion)));
    }

    [Test]
    public void A_last_verification_dated_after_today_is_refused()
    {
        var instrument = New(Gauge, SafetyProtection);

        var refused = Assert.Throws<DomainRuleException>(() => instrument.RecordPriorVerification("X-1", "某所", Today.AddDays(1), PriorConclusion.Pass, Gauge, Today));

        Assert.That((refused!.Code, instrument.LastVerifiedOn), Is.EqualTo(("prior-verification-in-future", (DateOnly?)null)));
    }

    [Test]
    public void An_instrument_verified_in_Lims_takes_no_verification_from_before()
    {
        var instrument = New(Gauge, SafetyProtection);
        instrument.RecordVerification(Today.AddDays(-10), Gauge);

        var refused = Assert.Throws<DomainRuleException>(() => instrument.RecordPriorVerification("X-1", "某所", Today.AddDays(-5), PriorConclusion.Pass, Gauge, Today));

        Assert.That((refused!.Code, instrument.LastVerifiedOn), Is.EqualTo(("already-verified", (DateOnly?)Today.AddDays(-10))));
    }

    [Test]
    public void A_verification_in_Lims_after_the_one_from_before_takes_over()
    {
        var instrument = New(Gauge, SafetyProtection);
        instrument.RecordPriorVerification("X-1", "某所", new DateOnly(2026, 3, 1), PriorConclusion.Pass, Gauge, Today);

        instrument.RecordVerification(new DateOnly(2026, 9, 1), Gauge);

        Assert.That(instrument.NextDueOn, Is.EqualTo(new DateOnly(2027, 3, 1)));
    }

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static Instrument New(InstrumentType type, InstrumentUsage use) =>
        new(Guid.NewGuid(), type, "红旗仪表", "Y-100", "SN" + Guid.NewGuid().ToString("N")[..8], "(0~1.6) MPa", "1.6级", use, "锅炉房");
}
