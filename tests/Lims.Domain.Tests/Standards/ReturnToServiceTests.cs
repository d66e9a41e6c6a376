using Lims.Domain.Standards;

namespace Lims.Domain.Tests.Standards;

/// <summary>
/// A weight set whose calibration expired on 2026-01-09 (today is 2026-06-01), taken out of service
/// in one of several ways, gets a new calibration: only the recall scan's take-out for expiry is
/// undone by a calibration that puts it in date again.
/// </summary>
public sealed class ReturnToServiceTests
{
    private static readonly DateOnly Expired = new(2026, 1, 9);
    private static readonly DateOnly TakenOut = new(2026, 1, 10);

    [TestCase("scan", "2026-05-20", "2027-05-19", CalibrationConformity.Pass, EquipmentStatus.InService, TestName = "Taken out by the scan, recalibrated: back in service")]
    [TestCase("scan", "2026-05-20", "2027-05-19", CalibrationConformity.NotStated, EquipmentStatus.InService, TestName = "Taken out by the scan, calibration without a conformity statement: back in service")]
    [TestCase("scan", "2026-05-20", "2026-06-01", CalibrationConformity.Pass, EquipmentStatus.InService, TestName = "Taken out by the scan, new calibration valid until today: back in service")]
    [TestCase("scan", "2026-01-08", "2027-01-07", CalibrationConformity.Pass, EquipmentStatus.InService, TestName = "Taken out by the scan, a calibration made before the take-out recorded late: back in service")]
    [TestCase("scan", "2026-05-20", "2027-05-19", CalibrationConformity.Fail, EquipmentStatus.OutOfService, TestName = "Taken out by the scan, the new calibration failed: stays out")]
    [TestCase("scan", "2025-06-01", "2026-05-31", CalibrationConformity.Pass, EquipmentStatus.OutOfService, TestName = "Taken out by the scan, the new calibration expired yesterday: stays out")]
    [TestCase("scan", "2024-12-01", "2026-12-01", CalibrationConformity.Pass, EquipmentStatus.OutOfService, TestName = "Taken out by the scan, an older calibration recorded: the latest is still expired, stays out")]
    [TestCase("scan, then sent for repair", "2026-05-20", "2027-05-19", CalibrationConformity.Pass, EquipmentStatus.OutOfService, TestName = "Taken out by the scan and then for repair: stays out")]
    [TestCase("by hand, in the scan's words", "2026-05-20", "2027-05-19", CalibrationConformity.Pass, EquipmentStatus.OutOfService, TestName = "Taken out by hand with the scan's reason text: stays out (the cause tells, not the words)")]
    [TestCase("repair", "2026-05-20", "2027-05-19", CalibrationConformity.Pass, EquipmentStatus.OutOfService, TestName = "Taken out for repair: stays out")]
    [TestCase("damage", "2026-05-20", "2027-05-19", CalibrationConformity.Pass, EquipmentStatus.OutOfService, TestName = "Taken out because it was damaged: stays out")]
    [TestCase("out of tolerance (taken out by hand)", "2026-05-20", "2027-05-19", CalibrationConformity.Pass, EquipmentStatus.OutOfService, TestName = "Taken out by hand as out of tolerance: stays out")]
    [TestCase("out of tolerance", "2026-05-20", "2027-05-19", CalibrationConformity.Pass, EquipmentStatus.InService, TestName = "Out of tolerance, repaired and recalibrated since: back in service (rule of 6.4.9, unchanged)")]
    [TestCase("out of tolerance", "2026-01-08", "2027-01-07", CalibrationConformity.Pass, EquipmentStatus.OutOfTolerance, TestName = "Out of tolerance, a calibration from before it was found: stays out of tolerance")]
    public void A_new_calibration_returns_only_equipment_the_scan_took_out_for_expiry(string takenOut, string calibratedOn, string validUntil, CalibrationConformity conformity, EquipmentStatus expected)
    {
        var equipment = ExpiredWeightSet();
        switch (takenOut)
        {
            case "scan":
                equipment.TakeOutOfServiceForExpiredCalibration(TakenOut, Expired);
                break;
            case "scan, then sent for repair":
                equipment.TakeOutOfServiceForExpiredCalibration(TakenOut, Expired);
                equipment.TakeOutOfService(new DateOnly(2026, 2, 1), "送修");
                break;
            case "by hand, in the scan's words":
                equipment.TakeOutOfService(TakenOut, Equipment.ExpiredCalibrationReason(Expired));
                break;
            case "repair":
                equipment.TakeOutOfService(TakenOut, "送修");
                break;
            case "damage":
                equipment.TakeOutOfService(TakenOut, "运输途中跌落损坏");
                break;
            case "out of tolerance (taken out by hand)":
                equipment.TakeOutOfService(TakenOut, "500 g 砝码期间核查超差");
                break;
            case "out of tolerance":
                equipment.MarkOutOfTolerance(TakenOut, "500 g 砝码期间核查超差", MassStandard.Today);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(takenOut), takenOut, null);
        }

        var (reasonBefore, causeBefore) = (equipment.StatusReason, equipment.OutOfServiceCause);
        equipment.AddCalibration("GDJL-2026-NEW", "广东省计量科学研究院", MassStandard.Day(calibratedOn), MassStandard.Day(validUntil), "0.05 mg (k=2)", conformity, "GD-M-E1", MassStandard.Today);

        Assert.Multiple(() =>
        {
            Assert.That(equipment.Status, Is.EqualTo(expected));
            Assert.That(equipment.StatusReason, Is.EqualTo(expected == EquipmentStatus.InService ? null : reasonBefore));
            Assert.That(equipment.StatusSince is null, Is.EqualTo(expected == EquipmentStatus.InService));
            Assert.That(equipment.OutOfServiceCause, Is.EqualTo(expected == EquipmentStatus.InService ? null : causeBefore));
        });
    }

    [Test]
    public void The_scan_records_why_and_since_when_and_recognises_its_own_take_out()
    {
        var equipment = ExpiredWeightSet();

        equipment.TakeOutOfServiceForExpiredCalibration(TakenOut, Expired);

        Assert.Multiple(() =>
        {
            Assert.That(equipment.Status, Is.EqualTo(EquipmentStatus.OutOfService));
            Assert.That(equipment.StatusSince, Is.EqualTo(TakenOut));
            Assert.That(equipment.StatusReason, Is.EqualTo("calibration expired on 2026-01-09 (校准有效期至2026年1月9日已过期; taken out of service by the recall scan)"));
            Assert.That(equipment.OutOfServiceCause, Is.EqualTo(OutOfServiceCause.ExpiredCalibration));
            Assert.That(equipment.IsOutOfServiceForExpiredCalibration, Is.True);
        });
    }

    [TestCase("scan", OutOfServiceCause.ExpiredCalibration)]
    [TestCase("by hand", OutOfServiceCause.Other)]
    [TestCase("by hand after the scan", OutOfServiceCause.Other)]
    [TestCase("out of tolerance after the scan", null)]
    public void Each_take_out_records_its_cause(string how, OutOfServiceCause? expected)
    {
        var equipment = ExpiredWeightSet();
        if (how != "by hand")
        {
            equipment.TakeOutOfServiceForExpiredCalibration(TakenOut, Expired);
        }

        if (how.StartsWith("by hand", StringComparison.Ordinal))
        {
            equipment.TakeOutOfService(TakenOut, "送修");
        }
        else if (how.StartsWith("out of tolerance", StringComparison.Ordinal))
        {
            equipment.MarkOutOfTolerance(TakenOut, "超差", MassStandard.Today);
        }

        Assert.That(equipment.OutOfServiceCause, Is.EqualTo(expected));
    }

    /// <summary>Calibrated 2025-01-10, valid until 2026-01-09: expired on <see cref="MassStandard.Today"/>.</summary>
    private static Equipment ExpiredWeightSet()
    {
        var equipment = new Equipment("JM-ZC-0002", "E2等级砝码组 1 mg–500 g", "上海衡器厂", "E2-500", "2301458", MassStandard.Standard());
        equipment.AddCalibration("GDJL-2025-00077", "广东省计量科学研究院", new DateOnly(2025, 1, 10), Expired, "0.05 mg (k=2)", CalibrationConformity.Pass, "GD-M-E1", MassStandard.Today);
        return equipment;
    }
}
