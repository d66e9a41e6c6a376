using Lims.Domain.Common;
using Lims.Domain.Instruments;
using Lims.Domain.Intake;
using Lims.Domain.ReferenceData;

namespace Lims.Domain.Tests.Intake;

/// <summary>The check a batch of submissions runs before drawing numbers refuses exactly what taking in refuses, and changes nothing.</summary>
public sealed class TakeInTests
{
    private static readonly Guid Market = Guid.NewGuid();
    private static readonly Procedure Regulation = new("JJG 539-2016", "数字指示秤", ProcedureKind.VerificationRegulation);
    private static readonly Procedure Specification = new("JJF 1171-2007", "温度巡回检测仪", ProcedureKind.CalibrationSpecification);

    public enum State { InService, AtLaboratory, Retired }

    [TestCase(true, State.InService, true, ServiceKind.Verification, null)]
    [TestCase(true, State.InService, false, ServiceKind.Calibration, null)]
    [TestCase(true, State.InService, true, ServiceKind.Calibration, null)]
    [TestCase(false, State.InService, true, ServiceKind.Verification, "instrument-of-another-customer")]
    [TestCase(true, State.InService, false, ServiceKind.Verification, "verification-needs-regulation")]
    [TestCase(true, State.AtLaboratory, true, ServiceKind.Verification, "instrument-already-submitted")]
    [TestCase(true, State.Retired, true, ServiceKind.Verification, "instrument-retired")]
    public void Check_and_take_in_agree(bool ownInstrument, State state, bool underRegulation, ServiceKind service, string? refusal)
    {
        var procedure = underRegulation ? Regulation : Specification;
        var type = new InstrumentType("PS", "电子计价秤", procedure, compulsory: underRegulation, intervalMonths: 12, fee: 30m);
        var instrument = new Instrument(ownInstrument ? Market : Guid.NewGuid(), type, "上海友声", "ACS-15", "SN1", "(0~15) kg", "Ⅲ", InstrumentUsage.TradeSettlement, "3 号摊位");
        if (state == State.AtLaboratory)
        {
            instrument.HandIn();
        }
        else if (state == State.Retired)
        {
            instrument.Retire("损坏报废", new DateOnly(2026, 11, 27));
        }

        var before = instrument.Status;
        var submission = new Submission("JM-SJ-2026-000001", Market, "JM", DateTimeOffset.UtcNow, "reception");
        if (refusal is null)
        {
            Assert.DoesNotThrow(() => Submission.CheckTakeIn(Market, instrument, type, procedure, service));
            Assert.That(instrument.Status, Is.EqualTo(before), "the check changes nothing");
            submission.TakeIn(instrument, type, procedure, service, "完好", "");
            Assert.That((instrument.Status, submission.Items.Count), Is.EqualTo((InstrumentStatus.AtLaboratory, 1)));
            return;
        }

        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<DomainRuleException>(() => Submission.CheckTakeIn(Market, instrument, type, procedure, service))!.Code, Is.EqualTo(refusal));
            Assert.That(Assert.Throws<DomainRuleException>(() => submission.TakeIn(instrument, type, procedure, service, "完好", ""))!.Code, Is.EqualTo(refusal));
            Assert.That((instrument.Status, submission.Items.Count), Is.EqualTo((before, 0)));
        });
    }
}
