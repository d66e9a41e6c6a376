using Lims.Infrastructure.Persistence;
using Lims.Infrastructure.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lims.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the Sqlite model without starting the API.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<LimsDbContext>
{
    public LimsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<LimsDbContext>()
            .UseLimsDatabase(DatabaseProvider.Sqlite, "Data Source=design-time.db")
            .Options, NoWriteGate.Instance, new AuditAuthors());
}
