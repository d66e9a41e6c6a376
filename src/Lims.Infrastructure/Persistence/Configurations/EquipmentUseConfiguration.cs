using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class EquipmentUseConfiguration : IEntityTypeConfiguration<EquipmentUse>
{
    public void Configure(EntityTypeBuilder<EquipmentUse> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();

        // Reverse traceability (rule 7) reads one piece of equipment over a window of dates.
        builder.HasIndex(x => new { x.EquipmentId, x.PerformedOn });
        builder.HasIndex(x => x.WorkOrderId);
        builder.HasOne<Equipment>().WithMany().HasForeignKey(x => x.EquipmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EquipmentCalibration>().WithMany().HasForeignKey(x => x.CalibrationId).OnDelete(DeleteBehavior.Restrict);
    }
}
