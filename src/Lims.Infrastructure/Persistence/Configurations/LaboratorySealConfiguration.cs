using Lims.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class LaboratorySealConfiguration : IEntityTypeConfiguration<LaboratorySeal>
{
    public void Configure(EntityTypeBuilder<LaboratorySeal> builder)
    {
        builder.HasKey(x => x.LaboratoryCode);
        builder.Property(x => x.LaboratoryCode).HasMaxLength(16);
        builder.HasOne<Laboratory>().WithOne().HasForeignKey<LaboratorySeal>(x => x.LaboratoryCode).HasPrincipalKey<Laboratory>(l => l.Code).OnDelete(DeleteBehavior.Cascade);
        builder.Property(x => x.Sha256).HasMaxLength(64);
        builder.Property(x => x.UploadedBy).HasMaxLength(64);
    }
}
