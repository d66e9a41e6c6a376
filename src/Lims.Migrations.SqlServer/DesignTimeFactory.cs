using Lims.Infrastructure.Persistence;
using Lims.Infrastructure.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lims.Migrations.SqlServer;

/// <summary>Lets `dotnet ef` build the SqlServer model without starting the API.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<LimsDbContext>
{
    public LimsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<LimsDbContext>()
            .UseLimsDatabase(DatabaseProvider.SqlServer, "Server=localhost;Database=lims;Trusted_Connection=True;TrustServerCertificate=True")
            .Options, NoWriteGate.Instance, new AuditAuthors());
}
