using Lims.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditTrail");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.User).HasMaxLength(64);
        builder.Property(x => x.Entity).HasMaxLength(100);
        builder.Property(x => x.Key).HasMaxLength(200);
        builder.HasIndex(x => new { x.Entity, x.Key });
        builder.HasIndex(x => x.At);
        builder.Property(x => x.LaboratoryCode).HasMaxLength(16);
        builder.HasIndex(x => new { x.LaboratoryCode, x.Id });
    }
}
