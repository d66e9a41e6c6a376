using Lims.Application.Abstractions;
using Lims.Domain.Auditing;
using Lims.Domain.Certificates;
using Lims.Domain.Competence;
using Lims.Domain.Customers;
using Lims.Domain.Instruments;
using Lims.Domain.Intake;
using Lims.Domain.Notifications;
using Lims.Domain.Numbering;
using Lims.Domain.ReferenceData;
using Lims.Domain.WorkOrders;
using Lims.Domain.Standards;
using Lims.Infrastructure.Identity;
using Lims.Infrastructure.Persistence.Auditing;
using Lims.Infrastructure.Persistence.Writing;
using Lims.Infrastructure.Persistence.Sqlite;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Lims.Infrastructure.Persistence;

public sealed class LimsDbContext(DbContextOptions<LimsDbContext> options, IWriteGate writeGate)
    : IdentityDbContext<LimsUser>(options), ILimsDb
{
    private readonly Dictionary<object, (string UserName, string? LaboratoryCode)> _authors = new(ReferenceEqualityComparer.Instance);

    private bool _holdsWriteGate;

    private List<AuditEntry>? _auditLines;

    private bool _acceptOnSuccess;

    private AddedRows? _addedRows;
    private ChangedRows? _changedRows;

    public DbSet<Laboratory> Laboratories => Set<Laboratory>();

    public DbSet<Procedure> Procedures => Set<Procedure>();

    public DbSet<InstrumentType> InstrumentTypes => Set<InstrumentType>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Instrument> Instruments => Set<Instrument>();

    public DbSet<PriorVerification> PriorVerifications => Set<PriorVerification>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<WorkOrder> WorkOrders => Set<WorkOrder>();

    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();

    public DbSet<TechnicianAuthorization> Authorizations => Set<TechnicianAuthorization>();

    public DbSet<ResultRecord> ResultRecords => Set<ResultRecord>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<CertificatePdf> CertificatePdfs => Set<CertificatePdf>();

    public DbSet<CertificateChange> CertificateChanges => Set<CertificateChange>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<MeasurementStandard> MeasurementStandards => Set<MeasurementStandard>();

    public DbSet<Equipment> Equipment => Set<Equipment>();

    public IQueryable<EquipmentCalibration> EquipmentCalibrations => Set<EquipmentCalibration>();

    public DbSet<ReferenceStandard> ReferenceStandards => Set<ReferenceStandard>();

    public DbSet<EquipmentUse> EquipmentUses => Set<EquipmentUse>();

    public DbSet<CustomerNotice> CustomerNotices => Set<CustomerNotice>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public IQueryable<AuditEntry> AuditTrail => Set<AuditEntry>();

    public bool IsUniqueViolation(DbUpdateException exception) => UniqueViolation.Is(exception);

    public void AttributeTo(object entity, string userName, string? laboratoryCode) => _authors[entity] = (userName, laboratoryCode);

    /// <summary>Who (and of which laboratory) the audit trail names for this entity's change, when not the current user.</summary>
    internal (string UserName, string? LaboratoryCode)? AuthorOf(object entity) => _authors.TryGetValue(entity, out var author) ? author : null;

    /// <summary>The audit lines of the save under way (<see cref="AuditTrailWriter"/>), written after its changes in its transaction.</summary>
    internal void WriteWithThisSave(List<AuditEntry> lines) => _auditLines = lines;

    /// <summary>
    /// Takes the save's changed and new records out of EF's part of it, to write them after it
    /// (<see cref="ChangedRows"/>, <see cref="AddedRows"/>). The changed first: those taken then no
    /// longer keep the records they refer to with EF. Not when the caller keeps the changes
    /// unaccepted: EF would leave the records changed or added. One walk of the tracked entries for
    /// both: each reads an entry's state as it is then.
    /// </summary>
    internal void TakeRows()
    {
        if (_acceptOnSuccess && Database.CurrentTransaction is not null)
        {
            var changes = ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
            _changedRows = ChangedRows.TakeFrom(this, changes);
            _addedRows = AddedRows.TakeFrom(this, changes);
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveAsync(acceptAllChangesOnSuccess, synchronously: true, CancellationToken.None).GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveAsync(acceptAllChangesOnSuccess, synchronously: false, cancellationToken);

    /// <summary>One way for both: with <paramref name="synchronously"/> every step completes before it returns.</summary>
    private async Task<int> SaveAsync(bool acceptAllChangesOnSuccess, bool synchronously, CancellationToken ct)
    {
        _acceptOnSuccess = acceptAllChangesOnSuccess;
        try
        {
            if (_holdsWriteGate)
            {
                return await DetectedOnceAsync(acceptAllChangesOnSuccess, synchronously, ct);
            }

            using var lease = synchronously ? writeGate.Enter() : await writeGate.EnterAsync(ct);
            _holdsWriteGate = true;
            try
            {
                return await DetectedOnceAsync(acceptAllChangesOnSuccess, synchronously, ct);
            }
            finally
            {
                _holdsWriteGate = false;
            }
        }
        catch
        {
            _addedRows?.PutBack();
            _changedRows?.PutBack();
            throw;
        }
        finally
        {
            _authors.Clear();
            _auditLines = null;
            _addedRows = null;
            _changedRows = null;
        }
    }

    /// <summary>
    /// Detects the changes once and saves without detecting them again: the version stamp, the audit
    /// trail (both rely on this) and EF's own save would otherwise each walk every tracked entity.
    /// The changes and their audit lines commit together: in the caller's transaction, or in one of
    /// the save's own, after which the changes are accepted.
    /// </summary>
    private async Task<int> DetectedOnceAsync(bool acceptAllChangesOnSuccess, bool synchronously, CancellationToken ct)
    {
        ChangeTracker.DetectChanges();
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            if (!ChangeTracker.HasChanges())
            {
                return synchronously ? base.SaveChanges(acceptAllChangesOnSuccess) : await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            }

            if (Database.CurrentTransaction is not null)
            {
                var saved = synchronously ? base.SaveChanges(acceptAllChangesOnSuccess) : await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
                return saved + await WriteAfterEfAsync(synchronously, ct);
            }

            await using var transaction = synchronously ? Database.BeginTransaction() : await Database.BeginTransactionAsync(ct);
            var count = synchronously ? base.SaveChanges(acceptAllChangesOnSuccess: false) : await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
            count += await WriteAfterEfAsync(synchronously, ct);
            if (synchronously)
            {
                transaction.Commit();
            }
            else
            {
                await transaction.CommitAsync(ct);
            }

            if (acceptAllChangesOnSuccess)
            {
                ChangeTracker.AcceptAllChanges();
            }

            return count;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    /// <summary>
    /// The changed and new records taken out of EF's part of the save, then the audit lines, in one
    /// batch of statements; returns the records written.
    /// </summary>
    private async Task<int> WriteAfterEfAsync(bool synchronously, CancellationToken ct)
    {
        if (_changedRows is null && _addedRows is null && _auditLines is not { Count: > 0 })
        {
            return 0;
        }

        var batch = new WriteBatch(this);
        var records = 0;
        if (_changedRows is { } changed)
        {
            changed.AddTo(batch);
            records += changed.Count;
        }

        if (_addedRows is { } rows)
        {
            rows.AddTo(batch);
            records += rows.Count;
        }

        if (_auditLines is { Count: > 0 } lines)
        {
            _auditLines = null;
            AuditLineInserts.AddTo(batch, this, lines);
        }

        await batch.WriteAsync(synchronously, ct);
        return records;
    }

    public async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        if (_holdsWriteGate || Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("Transactions do not nest.");
        }

        using var lease = await writeGate.EnterAsync(ct);
        _holdsWriteGate = true;
        try
        {
            // A failed save fails the whole unit of work, so EF's savepoint around each save inside
            // the transaction (two more round trips per save) would only be rolled back to.
            Database.AutoSavepointsEnabled = false;
            await using var transaction = await Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            await transaction.CommitAsync(ct);
            return result;
        }
        finally
        {
            _holdsWriteGate = false;
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LimsDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            // SQLite cannot sum or compare decimals stored as text; money and measured values
            // fit a double's 15 significant digits and come back as the same decimal.
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
        }
        else
        {
            configurationBuilder.Properties<decimal>().HavePrecision(18, 6);
        }

        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
