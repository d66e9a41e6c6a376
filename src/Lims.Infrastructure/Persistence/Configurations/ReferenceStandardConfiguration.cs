using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class ReferenceStandardConfiguration : IEntityTypeConfiguration<ReferenceStandard>
{
    public void Configure(EntityTypeBuilder<ReferenceStandard> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Code).HasMaxLength(32);
        builder.HasIndex(x => x.Code).IsUnique();
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Holder).HasMaxLength(200);
        builder.Property(x => x.TracesTo).HasMaxLength(32);
        builder.HasOne<ReferenceStandard>().WithMany().HasForeignKey(x => x.TracesTo).HasPrincipalKey(x => x.Code).OnDelete(DeleteBehavior.Restrict);
        builder.HasVersion();
    }
}
