using Lims.Domain.Common;
using Lims.Domain.ReferenceData;

namespace Lims.Domain.Tests.ReferenceData;

public sealed class InstrumentTypeTests
{
    private static readonly Procedure Regulation = new("JJG 539-2016", "数字指示秤", ProcedureKind.VerificationRegulation);
    private static readonly Procedure Specification = new("JJF 1181-2007", "衡器计量名词术语", ProcedureKind.CalibrationSpecification);

    [Test]
    public void A_compulsory_type_under_a_verification_regulation_is_accepted()
    {
        var type = new InstrumentType("PS", "电子计价秤", Regulation, compulsory: true, intervalMonths: 12, fee: 30m);
        Assert.That(type.ProcedureCode, Is.EqualTo("JJG 539-2016"));
    }

    [Test]
    public void A_compulsory_type_under_a_calibration_specification_is_refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => new InstrumentType("PS", "x", Specification, compulsory: true, intervalMonths: 12, fee: 0m));
        Assert.That(refused!.Code, Is.EqualTo("compulsory-needs-verification-regulation"));
    }

    [Test]
    public void An_enterprise_type_may_be_calibrated_under_a_specification()
    {
        var type = new InstrumentType("BAL", "天平", Specification, compulsory: false, intervalMonths: 12, fee: 80m);
        Assert.That(type.Compulsory, Is.False);
    }

    [Test]
    public void Making_an_existing_type_compulsory_under_a_specification_is_refused()
    {
        var type = new InstrumentType("BAL", "天平", Specification, compulsory: false, intervalMonths: 12, fee: 80m);
        Assert.Throws<DomainRuleException>(() => type.Update("天平", Specification, CompulsoryScope.ForAllLegalUses(CompulsoryVerification.Periodic), intervalMonths: 12, fee: 80m));
    }
}
