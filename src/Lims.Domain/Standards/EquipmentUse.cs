namespace Lims.Domain.Standards;

/// <summary>
/// The link from a work order's results to a piece of equipment they used, with the calibration
/// valid on the measurement date. The work-order feature writes one per equipment cited when
/// results are recorded; reverse traceability (rule 7) reads them by equipment and date.
/// </summary>
public sealed class EquipmentUse
{
    private EquipmentUse()
    {
    }

    public EquipmentUse(Guid workOrderId, Guid equipmentId, Guid? calibrationId, DateOnly performedOn)
    {
        Id = Guid.CreateVersion7();
        WorkOrderId = workOrderId;
        EquipmentId = equipmentId;
        CalibrationId = calibrationId;
        PerformedOn = performedOn;
    }

    public Guid Id { get; private set; }

    public Guid WorkOrderId { get; private set; }

    public Guid EquipmentId { get; private set; }

    /// <summary>The calibration valid on <see cref="PerformedOn"/>, as <see cref="Equipment.EnsureUsableOn"/> returned it.</summary>
    public Guid? CalibrationId { get; private set; }

    public DateOnly PerformedOn { get; private set; }
}
