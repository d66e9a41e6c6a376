using Lims.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class LimsUserConfiguration : IEntityTypeConfiguration<LimsUser>
{
    public void Configure(EntityTypeBuilder<LimsUser> builder)
    {
        builder.Property(x => x.DisplayName).HasMaxLength(100);
        builder.Property(x => x.LaboratoryCode).HasMaxLength(16);
        builder.HasIndex(x => x.LaboratoryCode);
        builder.HasVersion();
    }
}
