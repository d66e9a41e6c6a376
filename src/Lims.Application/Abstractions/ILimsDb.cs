using Lims.Domain.Auditing;
using Lims.Domain.Certificates;
using Lims.Domain.Competence;
using Lims.Domain.Customers;
using Lims.Domain.Instruments;
using Lims.Domain.Intake;
using Lims.Domain.Notifications;
using Lims.Domain.ProcedureTemplates;
using Lims.Domain.ReferenceData;
using Lims.Domain.WorkOrders;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lims.Application.Abstractions;

/// <summary>The application's view of the database: its tables and one way to save.</summary>
public interface ILimsDb
{
    DbSet<Laboratory> Laboratories { get; }

    DbSet<LaboratorySeal> LaboratorySeals { get; }

    DbSet<Procedure> Procedures { get; }

    DbSet<InstrumentType> InstrumentTypes { get; }

    DbSet<ProcedureTemplate> ProcedureTemplates { get; }

    DbSet<Customer> Customers { get; }

    DbSet<Instrument> Instruments { get; }

    /// <summary>Instruments' last verifications from before Lims (rule 15), one at most per instrument.</summary>
    DbSet<PriorVerification> PriorVerifications { get; }

    DbSet<Submission> Submissions { get; }

    DbSet<WorkOrder> WorkOrders { get; }

    DbSet<TechnicianAuthorization> Authorizations { get; }

    DbSet<ResultRecord> ResultRecords { get; }

    DbSet<Certificate> Certificates { get; }

    DbSet<CertificatePdf> CertificatePdfs { get; }

    /// <summary>Revocations and amendments asked for and decided (rule 13).</summary>
    DbSet<CertificateChange> CertificateChanges { get; }

    DbSet<IdempotencyRecord> IdempotencyRecords { get; }
    DbSet<MeasurementStandard> MeasurementStandards { get; }

    DbSet<Equipment> Equipment { get; }

    /// <summary>Read-only: calibrations are added through <see cref="Domain.Standards.Equipment.AddCalibration"/>.</summary>
    IQueryable<EquipmentCalibration> EquipmentCalibrations { get; }

    DbSet<ReferenceStandard> ReferenceStandards { get; }

    /// <summary>Which work orders used which equipment, with the calibration valid that day (rule 7).</summary>
    DbSet<EquipmentUse> EquipmentUses { get; }

    /// <summary>Customers told that equipment their certificate's results used was found out of tolerance.</summary>
    DbSet<CustomerNotice> CustomerNotices { get; }

    DbSet<Notification> Notifications { get; }

    IQueryable<AuditEntry> AuditTrail { get; }

    ChangeTracker ChangeTracker { get; }

    /// <summary>True when the save failed on a unique index, whichever database said so.</summary>
    bool IsUniqueViolation(DbUpdateException exception);

    Task<int> SaveChangesAsync(CancellationToken ct);

    /// <summary>
    /// Names <paramref name="userName"/> of <paramref name="laboratoryCode"/>, not the current user,
    /// as the author of this entity's change in the audit trail of the next save: for one save that
    /// carries several users' work.
    /// </summary>
    void AttributeTo(object entity, string userName, string? laboratoryCode);

    /// <summary>
    /// Runs <paramref name="work"/> in one database transaction (committed when it returns,
    /// rolled back when it throws). On SQLite the transaction also holds the single writer.
    /// Inside another such call (an import's row inside its file's transaction) it is a savepoint:
    /// when <paramref name="work"/> throws, its own writes are undone and the outer work goes on.
    /// </summary>
    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct);

    /// <summary>
    /// Runs <paramref name="work"/> in one database transaction that is always rolled back: a dry
    /// run that checks by writing, and leaves nothing. Never inside another transaction.
    /// </summary>
    Task<T> InRolledBackTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct);
}
