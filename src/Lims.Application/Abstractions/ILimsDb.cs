using Lims.Domain.Auditing;
using Lims.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Abstractions;

/// <summary>The application's view of the database: its tables and one way to save.</summary>
public interface ILimsDb
{
    DbSet<Laboratory> Laboratories { get; }

    DbSet<Procedure> Procedures { get; }

    DbSet<InstrumentType> InstrumentTypes { get; }

    IQueryable<AuditEntry> AuditTrail { get; }

    Task<int> SaveChangesAsync(CancellationToken ct);

    /// <summary>
    /// Runs <paramref name="work"/> in one database transaction (committed when it returns,
    /// rolled back when it throws). On SQLite the transaction also holds the single writer.
    /// </summary>
    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct);
}
