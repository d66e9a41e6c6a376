namespace Lims.Domain.Standards;

public enum EquipmentStatus
{
    /// <summary>在用: may be cited in results when its calibration and standard are valid.</summary>
    InService,

    /// <summary>停用: withdrawn (repair, overdue calibration, retired).</summary>
    OutOfService,

    /// <summary>超差: found outside its tolerance; results since its last passing calibration are affected.</summary>
    OutOfTolerance,
}
