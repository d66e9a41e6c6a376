using Lims.Domain.Common;
using Lims.Domain.Standards;

namespace Lims.Domain.Tests.Standards;

public sealed class CalibrationRecordTests
{
    [TestCase("2026-02-01", "2027-01-31", "GDJL-NEW", null, TestName = "A sensible calibration is recorded")]
    [TestCase("2026-02-01", "2026-02-01", "GDJL-NEW", "calibration-period-empty", TestName = "Valid until the calibration day itself")]
    [TestCase("2026-02-01", "2026-01-31", "GDJL-NEW", "calibration-period-empty", TestName = "Valid until before the calibration")]
    [TestCase("2026-06-01", "2027-05-31", "GDJL-NEW", null, TestName = "Calibrated today")]
    [TestCase("2026-06-02", "2027-06-01", "GDJL-NEW", "calibration-in-future", TestName = "Calibrated tomorrow")]
    [TestCase("2026-02-01", "2027-01-31", "GDJL-2026-00123", "duplicate-calibration-certificate", TestName = "The same certificate twice")]
    public void Calibration_dates_and_numbers_must_make_sense(string calibratedOn, string validUntil, string certificateNo, string? expected)
    {
        var equipment = MassStandard.WeightSet(MassStandard.Standard());
        string? code = null;
        try
        {
            equipment.AddCalibration(certificateNo, "广东省计量科学研究院", MassStandard.Day(calibratedOn), MassStandard.Day(validUntil), "0.05 mg (k=2)", CalibrationConformity.Pass, "GD-M-E1", MassStandard.Today);
        }
        catch (DomainRuleException e)
        {
            code = e.Code;
        }

        Assert.That(code, Is.EqualTo(expected));
    }

    [Test]
    public void Out_of_tolerance_is_recorded_with_its_reason_and_date()
    {
        var equipment = MassStandard.WeightSet(MassStandard.Standard());

        equipment.MarkOutOfTolerance(new DateOnly(2026, 5, 20), "500 g 砝码期间核查超差", MassStandard.Today);

        Assert.Multiple(() =>
        {
            Assert.That(equipment.Status, Is.EqualTo(EquipmentStatus.OutOfTolerance));
            Assert.That(equipment.StatusSince, Is.EqualTo(new DateOnly(2026, 5, 20)));
            Assert.That(equipment.StatusReason, Is.EqualTo("500 g 砝码期间核查超差"));
            Assert.That(equipment.LastPassingCalibrationBefore(new DateOnly(2026, 5, 20))!.CalibratedOn, Is.EqualTo(new DateOnly(2026, 1, 10)));
        });
    }

    [TestCase("2026-06-02", "found-on-in-future")]
    [TestCase("2026-06-01", null)]
    public void Out_of_tolerance_cannot_be_found_in_the_future(string foundOn, string? expected)
    {
        var equipment = MassStandard.WeightSet(MassStandard.Standard());
        string? code = null;
        try
        {
            equipment.MarkOutOfTolerance(MassStandard.Day(foundOn), "超差", MassStandard.Today);
        }
        catch (DomainRuleException e)
        {
            code = e.Code;
        }

        Assert.That(code, Is.EqualTo(expected));
    }

    [Test]
    public void Equipment_cannot_be_found_out_of_tolerance_twice()
    {
        var equipment = MassStandard.WeightSet(MassStandard.Standard());
        equipment.MarkOutOfTolerance(new DateOnly(2026, 5, 20), "超差", MassStandard.Today);

        var refused = Assert.Throws<DomainRuleException>(() => equipment.MarkOutOfTolerance(new DateOnly(2026, 5, 21), "再次超差", MassStandard.Today));
        Assert.That(refused!.Code, Is.EqualTo("already-out-of-tolerance"));
    }
}
