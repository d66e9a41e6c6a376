using Lims.Domain.ProcedureTemplates;
using Lims.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class ResultRecordConfiguration : IEntityTypeConfiguration<ResultRecord>
{
    public void Configure(EntityTypeBuilder<ResultRecord> builder)
    {
        builder.ToTable("ResultRecords");
        builder.HasKey(x => x.Id);
        builder.HasOne<WorkOrder>().WithMany().HasForeignKey(x => x.WorkOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.WorkOrderId, x.Number }).IsUnique();
        builder.Property(x => x.RecordedBy).HasMaxLength(64);
        builder.Property(x => x.Location).HasMaxLength(200);
        builder.Property(x => x.EquipmentAssetNos).HasMaxLength(2000);
        builder.Property(x => x.Remarks).HasMaxLength(2000);
        builder.Property(x => x.TemperatureC).HasPrecision(6, 2);
        builder.Property(x => x.HumidityPct).HasPrecision(6, 2);
        builder.Ignore(x => x.EquipmentList);
        builder.HasOne<ProcedureTemplate>().WithMany().HasForeignKey(x => x.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.GuardBandFactor).HasPrecision(6, 3).HasDefaultValue(1m);
        // Results recorded before templates have no test items: an empty JSON list, not an empty string.
        builder.Property(x => x.TestItems).HasDefaultValue("[]");
    }
}
