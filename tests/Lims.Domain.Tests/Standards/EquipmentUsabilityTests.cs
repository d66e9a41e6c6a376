using Lims.Domain.Common;
using Lims.Domain.Standards;

namespace Lims.Domain.Tests.Standards;

/// <summary>Rule 5: equipment may be cited only on a date its calibration, status and standard allow.</summary>
public sealed class EquipmentUsabilityTests
{
    [TestCase("2026-01-10", TestName = "On the calibration date itself")]
    [TestCase("2026-07-01", TestName = "In the middle of the validity")]
    [TestCase("2027-01-09", TestName = "On the last day of validity")]
    public void Equipment_is_usable_within_its_calibration(string performedOn)
    {
        var standard = MassStandard.Standard();
        var equipment = MassStandard.WeightSet(standard);

        var calibration = equipment.EnsureUsableOn(MassStandard.Day(performedOn), MassStandard.Scale, standard);

        Assert.That(calibration.CertificateNo, Is.EqualTo("GDJL-2026-00123"));
    }

    [TestCase("2026-01-09", TestName = "The day before the calibration")]
    [TestCase("2027-01-10", TestName = "The day after validity ends")]
    public void Equipment_is_not_usable_outside_its_calibration(string performedOn)
    {
        var standard = MassStandard.Standard();
        var equipment = MassStandard.WeightSet(standard);

        var refused = Assert.Throws<DomainRuleException>(() => equipment.EnsureUsableOn(MassStandard.Day(performedOn), MassStandard.Scale, standard));

        Assert.That(refused!.Code, Is.EqualTo("equipment-not-valid"));
    }

    [TestCase(CalibrationConformity.Pass, null)]
    [TestCase(CalibrationConformity.NotStated, null)]
    [TestCase(CalibrationConformity.Fail, "equipment-not-valid")]
    public void A_failed_calibration_cannot_be_cited(CalibrationConformity conformity, string? expected)
    {
        var standard = MassStandard.Standard();
        var equipment = MassStandard.WeightSet(standard, conformity);

        Assert.That(CodeOf(() => equipment.EnsureUsableOn(new DateOnly(2026, 3, 1), MassStandard.Scale, standard)), Is.EqualTo(expected));
    }

    [TestCase(EquipmentStatus.InService, null)]
    [TestCase(EquipmentStatus.OutOfTolerance, "equipment-not-valid")]
    [TestCase(EquipmentStatus.OutOfService, "equipment-not-valid")]
    public void Only_equipment_in_service_can_be_cited(EquipmentStatus status, string? expected)
    {
        var standard = MassStandard.Standard();
        var equipment = MassStandard.WeightSet(standard);
        if (status == EquipmentStatus.OutOfTolerance)
        {
            equipment.MarkOutOfTolerance(new DateOnly(2026, 5, 20), "500 g 砝码期间核查超差", MassStandard.Today);
        }
        else if (status == EquipmentStatus.OutOfService)
        {
            equipment.TakeOutOfService(new DateOnly(2026, 5, 20), "送修");
        }

        Assert.That(CodeOf(() => equipment.EnsureUsableOn(new DateOnly(2026, 3, 1), MassStandard.Scale, standard)), Is.EqualTo(expected));
    }

    [TestCase("2026-03-30", "2026-03-30", null, TestName = "Assessment valid until the day of use")]
    [TestCase("2026-03-29", "2026-03-30", "standard-not-valid", TestName = "Assessment expired the day before")]
    public void The_standard_s_assessment_must_be_valid_on_the_day(string validUntil, string performedOn, string? expected)
    {
        var standard = MassStandard.Standard(MassStandard.Day(validUntil));
        var equipment = MassStandard.WeightSet(standard);

        Assert.That(CodeOf(() => equipment.EnsureUsableOn(MassStandard.Day(performedOn), MassStandard.Scale, standard)), Is.EqualTo(expected));
    }

    [TestCase(MassStandard.Scale, null)]
    [TestCase(MassStandard.Balance, "outside-standard-scope")]
    public void The_procedure_must_be_in_the_standard_s_scope(string procedureCode, string? expected)
    {
        var standard = MassStandard.Standard();
        var equipment = MassStandard.WeightSet(standard);

        Assert.That(CodeOf(() => equipment.EnsureUsableOn(new DateOnly(2026, 3, 1), procedureCode, standard)), Is.EqualTo(expected));
    }

    [Test]
    public void The_most_recent_of_overlapping_calibrations_is_cited()
    {
        var standard = MassStandard.Standard();
        var equipment = MassStandard.WeightSet(standard);
        equipment.AddCalibration("GDJL-2026-00456", "广东省计量科学研究院", new DateOnly(2026, 5, 1), new DateOnly(2027, 4, 30), "0.05 mg (k=2)", CalibrationConformity.Pass, "GD-M-E1", MassStandard.Today);

        Assert.Multiple(() =>
        {
            Assert.That(equipment.EnsureUsableOn(new DateOnly(2026, 5, 2), MassStandard.Scale, standard).CertificateNo, Is.EqualTo("GDJL-2026-00456"));
            Assert.That(equipment.NextDue, Is.EqualTo(new DateOnly(2027, 4, 30)));
        });
    }

    [TestCase("2027-01-31", "2026-05-31", TestName = "Two calibrations the same day, the longer valid recorded first: it is the latest")]
    [TestCase("2026-05-31", "2027-01-31", TestName = "Two calibrations the same day, the longer valid recorded second: it is the latest")]
    public void Of_two_calibrations_made_the_same_day_the_one_valid_longer_sets_the_due_date(string first, string second)
    {
        var equipment = MassStandard.WeightSet(MassStandard.Standard());
        equipment.AddCalibration("GDJL-TIE-1", "广东省计量科学研究院", new DateOnly(2026, 2, 1), MassStandard.Day(first), "0.05 mg (k=2)", CalibrationConformity.Pass, "GD-M-E1", MassStandard.Today);
        equipment.AddCalibration("GDJL-TIE-2", "广东省计量科学研究院", new DateOnly(2026, 2, 1), MassStandard.Day(second), "0.05 mg (k=2)", CalibrationConformity.Pass, "GD-M-E1", MassStandard.Today);

        Assert.That(equipment.NextDue, Is.EqualTo(new DateOnly(2027, 1, 31)));
    }

    private static string? CodeOf(TestDelegate action)
    {
        try
        {
            action();
            return null;
        }
        catch (DomainRuleException e)
        {
            return e.Code;
        }
    }
}
