using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class EquipmentCalibrationConfiguration : IEntityTypeConfiguration<EquipmentCalibration>
{
    public void Configure(EntityTypeBuilder<EquipmentCalibration> builder)
    {
        builder.HasKey(x => x.Id);

        // Made by the domain and found through Equipment.Calibrations: a set key means "new" here.
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.CertificateNo).HasMaxLength(100);
        builder.HasIndex(x => new { x.EquipmentId, x.CertificateNo }).IsUnique();
        builder.HasIndex(x => new { x.EquipmentId, x.CalibratedOn });
        builder.Property(x => x.IssuedBy).HasMaxLength(200);
        builder.Property(x => x.ExpandedUncertainty).HasMaxLength(100);
        builder.Property(x => x.TracesTo).HasMaxLength(32);
        builder.HasOne<ReferenceStandard>().WithMany().HasForeignKey(x => x.TracesTo).HasPrincipalKey(x => x.Code).OnDelete(DeleteBehavior.Restrict);
    }
}
