using Lims.Domain.ReferenceData;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class EquipmentConfiguration : IEntityTypeConfiguration<Equipment>
{
    public void Configure(EntityTypeBuilder<Equipment> builder)
    {
        builder.ToTable("Equipment");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.AssetNo).HasMaxLength(40);
        builder.HasIndex(x => x.AssetNo).IsUnique();
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Manufacturer).HasMaxLength(200);
        builder.Property(x => x.Model).HasMaxLength(100);
        builder.Property(x => x.SerialNumber).HasMaxLength(100);
        builder.Property(x => x.StandardCode).HasMaxLength(32);
        builder.HasOne<MeasurementStandard>().WithMany().HasForeignKey(x => x.StandardCode).HasPrincipalKey(x => x.Code).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.StandardCode, x.Status });
        builder.Property(x => x.LaboratoryCode).HasMaxLength(16);
        builder.HasOne<Laboratory>().WithMany().HasForeignKey(x => x.LaboratoryCode).HasPrincipalKey(x => x.Code).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.LaboratoryCode, x.AssetNo });
        builder.Property(x => x.StatusReason).HasMaxLength(500);
        builder.Ignore(x => x.NextDue);
        builder.HasMany(x => x.Calibrations).WithOne().HasForeignKey(x => x.EquipmentId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.Calibrations).HasField("_calibrations");
        builder.HasVersion();
    }
}
