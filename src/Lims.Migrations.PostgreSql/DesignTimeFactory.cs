using Lims.Infrastructure.Persistence;
using Lims.Infrastructure.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lims.Migrations.PostgreSql;

/// <summary>Lets `dotnet ef` build the PostgreSql model without starting the API.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<LimsDbContext>
{
    public LimsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<LimsDbContext>()
            .UseLimsDatabase(DatabaseProvider.PostgreSql, "Host=localhost;Database=lims;Username=lims")
            .Options, NoWriteGate.Instance, new AuditAuthors());
}
