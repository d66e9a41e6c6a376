using Lims.Domain.Customers;
using Lims.Domain.Instruments;
using Lims.Domain.Intake;
using Lims.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.ReceiptNo).HasMaxLength(40);
        builder.HasIndex(x => x.ReceiptNo).IsUnique();
        builder.HasOne<Customer>().WithMany().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.LaboratoryCode).HasMaxLength(16);
        builder.HasOne<Laboratory>().WithMany().HasForeignKey(x => x.LaboratoryCode).HasPrincipalKey(x => x.Code).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.ReceivedBy).HasMaxLength(64);
        builder.HasIndex(x => x.CustomerId);
        // Receipts newest first; the KPI fees waived: a year's receipts with their customer.
        builder.HasIndex(x => new { x.ReceivedAt, x.LaboratoryCode, x.CustomerId, x.Id }).HasDatabaseName("IX_Submissions_FeesWaived");
        builder.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Items).HasField("_items");
        builder.HasVersion();
    }
}

internal sealed class SubmissionItemConfiguration : IEntityTypeConfiguration<SubmissionItem>
{
    public void Configure(EntityTypeBuilder<SubmissionItem> builder)
    {
        builder.ToTable("SubmissionItems");
        builder.HasKey(x => x.Id);
        builder.HasIndex(x => new { x.SubmissionId, x.Line }).IsUnique();
        builder.HasOne<Instrument>().WithMany().HasForeignKey(x => x.InstrumentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.ConditionOnReceipt).HasMaxLength(500);
        builder.Property(x => x.Accessories).HasMaxLength(500);
        builder.Property(x => x.Fee).HasPrecision(12, 2);
        builder.Property(x => x.FeeWaived).HasPrecision(12, 2);
        builder.HasIndex(x => x.WorkOrderId).IsUnique();
        // The KPI fees waived: a receipt's waived items without reading the rows.
        builder.HasIndex(x => new { x.SubmissionId, x.FeeWaived, x.WorkOrderId }).HasDatabaseName("IX_SubmissionItems_FeesWaived");
    }
}
