using Lims.Domain.Auditing;
using Lims.Domain.ReferenceData;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Abstractions;

/// <summary>The application's view of the database: its tables and one way to save.</summary>
public interface ILimsDb
{
    DbSet<Laboratory> Laboratories { get; }

    DbSet<Procedure> Procedures { get; }

    DbSet<InstrumentType> InstrumentTypes { get; }

    DbSet<MeasurementStandard> MeasurementStandards { get; }

    DbSet<Equipment> Equipment { get; }

    /// <summary>Read-only: calibrations are added through <see cref="Domain.Standards.Equipment.AddCalibration"/>.</summary>
    IQueryable<EquipmentCalibration> EquipmentCalibrations { get; }

    DbSet<ReferenceStandard> ReferenceStandards { get; }

    /// <summary>Which work orders used which equipment, with the calibration valid that day (rule 7).</summary>
    DbSet<EquipmentUse> EquipmentUses { get; }

    IQueryable<AuditEntry> AuditTrail { get; }

    Task<int> SaveChangesAsync(CancellationToken ct);

    /// <summary>
    /// Runs <paramref name="work"/> in one database transaction (committed when it returns,
    /// rolled back when it throws). On SQLite the transaction also holds the single writer.
    /// </summary>
    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct);
}
