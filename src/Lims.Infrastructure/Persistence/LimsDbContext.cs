using Lims.Application.Abstractions;
using Lims.Domain.Auditing;
using Lims.Domain.Certificates;
using Lims.Domain.Competence;
using Lims.Domain.Customers;
using Lims.Domain.Instruments;
using Lims.Domain.Intake;
using Lims.Domain.Notifications;
using Lims.Domain.Numbering;
using Lims.Domain.ProcedureTemplates;
using Lims.Domain.ReferenceData;
using Lims.Domain.WorkOrders;
using Lims.Domain.Standards;
using Lims.Infrastructure.Identity;
using Lims.Infrastructure.Persistence.Auditing;
using Lims.Infrastructure.Persistence.Sqlite;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lims.Infrastructure.Persistence;

/// <summary>
/// The database as EF Core sees it. Saves are EF's own: the interceptors (version stamp, audit
/// trail, and on SQLite the single writer) each add their part to a save, registered in
/// <c>DependencyInjection</c>; this class only names the tables and runs units of work.
/// </summary>
public sealed class LimsDbContext(DbContextOptions<LimsDbContext> options, IWriteGate writeGate, AuditAuthors authors)
    : IdentityDbContext<LimsUser>(options), ILimsDb, IDataProtectionKeyContext
{
    /// <summary>The transaction of <see cref="InTransactionAsync{T}"/> under way; a unit of work inside it is a savepoint.</summary>
    private IDbContextTransaction? _unitOfWork;

    private int _savepoints;

    public DbSet<Laboratory> Laboratories => Set<Laboratory>();

    public DbSet<LaboratorySeal> LaboratorySeals => Set<LaboratorySeal>();

    public DbSet<Procedure> Procedures => Set<Procedure>();

    public DbSet<InstrumentType> InstrumentTypes => Set<InstrumentType>();

    public DbSet<ProcedureTemplate> ProcedureTemplates => Set<ProcedureTemplate>();

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

    /// <summary>The keys that protect sign-in cookies and antiforgery tokens, shared by every process.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public IQueryable<AuditEntry> AuditTrail => Set<AuditEntry>();

    public bool IsUniqueViolation(DbUpdateException exception) => UniqueViolation.Is(exception);

    public void AttributeTo(object entity, string userName, string? laboratoryCode) => authors.Name(entity, userName, laboratoryCode);

    public Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct) =>
        _unitOfWork is { } outer ? InSavepointAsync(outer, work, ct) : InOwnTransactionAsync(work, commit: true, ct);

    public Task<T> InRolledBackTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct) =>
        _unitOfWork is null ? InOwnTransactionAsync(work, commit: false, ct) : throw new InvalidOperationException("A rolled-back transaction is never inside another.");

    private async Task<T> InOwnTransactionAsync<T>(Func<CancellationToken, Task<T>> work, bool commit, CancellationToken ct)
    {
        if (Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A unit of work does not begin inside a transaction it did not open.");
        }

        using var lease = await writeGate.EnterAsync(ct);
        // A failed save fails the whole unit of work, so EF's savepoint around each save inside
        // the transaction (two more round trips per save) would only be rolled back to.
        Database.AutoSavepointsEnabled = false;
        await using var transaction = await Database.BeginTransactionAsync(ct);
        _unitOfWork = transaction;
        try
        {
            var result = await work(ct);
            if (commit)
            {
                await transaction.CommitAsync(ct);
            }
            else
            {
                await transaction.RollbackAsync(ct);
            }

            return result;
        }
        finally
        {
            _unitOfWork = null;
        }
    }

    /// <summary>
    /// A unit of work inside another (an import's row inside its file's transaction): a savepoint,
    /// rolled back to when the inner work throws, so its half-done writes go and the outer goes on.
    /// </summary>
    private async Task<T> InSavepointAsync<T>(IDbContextTransaction outer, Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        var name = $"unit_{++_savepoints}";
        await outer.CreateSavepointAsync(name, ct);
        try
        {
            var result = await work(ct);
            await outer.ReleaseSavepointAsync(name, ct);
            return result;
        }
        catch
        {
            await outer.RollbackToSavepointAsync(name, ct);
            throw;
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
