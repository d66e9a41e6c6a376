namespace Lims.Domain.Standards;

/// <summary>Why a piece of equipment is <see cref="EquipmentStatus.OutOfService"/>; the status reason says it in words.</summary>
public enum OutOfServiceCause
{
    /// <summary>Taken out by the recall scan because its latest calibration expired: a calibration that puts it in date again returns it to service.</summary>
    ExpiredCalibration,

    /// <summary>Taken out by hand (repair, damage, retirement, …): it stays out until someone returns it.</summary>
    Other,
}
