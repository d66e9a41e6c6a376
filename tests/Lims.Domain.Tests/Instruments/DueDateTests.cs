using Lims.Domain.Instruments;
using Lims.Domain.Intake;
using Lims.Domain.ReferenceData;
using static Lims.Domain.Instruments.InstrumentUsage;

namespace Lims.Domain.Tests.Instruments;

/// <summary>Rules 10 and 16: the due date a verification gives, a change of use, and the fee waived.</summary>
public sealed class DueDateTests
{
    private static readonly Procedure Regulation = new("JJG 162-2019", "饮用冷水水表", ProcedureKind.VerificationRegulation);
    private static readonly InstrumentType WaterMeter = new("WM", "饮用冷水水表", Regulation, new CompulsoryScope([TradeSettlement], CompulsoryVerification.InitialOnly), 72, 15m);
    private static readonly InstrumentType Gauge = new("PG", "一般压力表", Regulation, new CompulsoryScope([SafetyProtection], CompulsoryVerification.Periodic), 6, 50m);
    private static readonly DateOnly VerifiedOn = new(2026, 3, 31);

    [TestCase("water meter", TradeSettlement, null)]
    [TestCase("water meter", Other, "2032-03-31")]
    [TestCase("gauge", SafetyProtection, "2026-09-30")]
    [TestCase("gauge", Other, "2026-09-30")]
    public void A_verification_gives_a_due_date_unless_verified_initially_only(string type, InstrumentUsage use, string? due)
    {
        var instrument = New(type == "gauge" ? Gauge : WaterMeter, use);

        instrument.RecordVerification(VerifiedOn, type == "gauge" ? Gauge : WaterMeter);

        Assert.That((instrument.LastVerifiedOn, instrument.NextDueOn), Is.EqualTo(((DateOnly?)VerifiedOn, due is null ? (DateOnly?)null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture))));
    }

    [TestCase("water meter", TradeSettlement, Other, "2032-03-31")]
    [TestCase("water meter", Other, TradeSettlement, null)]
    [TestCase("gauge", Other, SafetyProtection, "2026-09-30")]
    [TestCase("gauge", SafetyProtection, Other, "2026-09-30")]
    public void A_change_of_use_moves_the_due_date_only_when_it_changes_to_or_from_initial_only(string type, InstrumentUsage from, InstrumentUsage to, string? due)
    {
        var of = type == "gauge" ? Gauge : WaterMeter;
        var instrument = New(of, from);
        instrument.RecordVerification(VerifiedOn, of);

        instrument.UseFor(to, of);

        Assert.That((instrument.Usage, instrument.NextDueOn), Is.EqualTo((to, due is null ? (DateOnly?)null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Test]
    public void A_change_of_use_before_any_verification_gives_no_due_date()
    {
        var meter = New(WaterMeter, TradeSettlement);
        meter.UseFor(Other, WaterMeter);
        Assert.That(meter.NextDueOn, Is.Null);
    }

    [TestCase("gauge", SafetyProtection, ServiceKind.Verification, 50)]
    [TestCase("gauge", Other, ServiceKind.Verification, 0)]
    [TestCase("gauge", SafetyProtection, ServiceKind.Calibration, 0)]
    [TestCase("water meter", TradeSettlement, ServiceKind.Verification, 15)]
    [TestCase("water meter", HealthCare, ServiceKind.Verification, 0)]
    public void The_fee_is_waived_for_a_compulsory_verification_by_type_and_use(string type, InstrumentUsage use, ServiceKind service, decimal waived)
    {
        var of = type == "gauge" ? Gauge : WaterMeter;
        var instrument = New(of, use);
        var submission = new Submission("JM-SJ-2026-000001", instrument.CustomerId, "JM", DateTimeOffset.UtcNow, "reception");

        submission.TakeIn(instrument, of, Regulation, service, "完好", "");

        Assert.That((submission.Items[0].Fee, submission.Items[0].FeeWaived), Is.EqualTo((of.Fee, waived)));
    }

    [Test]
    public void An_instrument_is_judged_by_its_own_type_only() =>
        Assert.Throws<ArgumentException>(() => New(Gauge, SafetyProtection).RecordVerification(VerifiedOn, WaterMeter));

    private static Instrument New(InstrumentType type, InstrumentUsage use) =>
        new(Guid.NewGuid(), type, "宁波水表", "LXS-15", "SN" + Guid.NewGuid().ToString("N")[..8], "DN15", "2级", use, "1 号楼");
}
