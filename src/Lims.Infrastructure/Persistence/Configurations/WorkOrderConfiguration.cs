using Lims.Domain.Instruments;
using Lims.Domain.Intake;
using Lims.Domain.ProcedureTemplates;
using Lims.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class WorkOrderConfiguration : IEntityTypeConfiguration<WorkOrder>
{
    public void Configure(EntityTypeBuilder<WorkOrder> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Number).HasMaxLength(48);
        builder.HasIndex(x => x.Number).IsUnique();
        builder.HasOne<Submission>().WithMany().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Instrument>().WithMany().HasForeignKey(x => x.InstrumentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.LaboratoryCode).HasMaxLength(16);
        builder.Property(x => x.ProcedureCode).HasMaxLength(40);
        builder.Property(x => x.Assignee).HasMaxLength(64);
        builder.Property(x => x.CancellationReason).HasMaxLength(500);
        builder.HasOne<ProcedureTemplate>().WithMany().HasForeignKey(x => x.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Parameters).HasMaxLength(2000);
        builder.HasIndex(x => new { x.Status, x.LaboratoryCode });
        builder.HasIndex(x => x.Assignee);
        // An instrument's work orders; the KPI coverage of one laboratory (received there by a day).
        builder.HasIndex(x => new { x.InstrumentId, x.LaboratoryCode, x.RegisteredAt }).HasDatabaseName("IX_WorkOrders_InstrumentLaboratory");
        // The KPI median turnaround: a histogram by days of the work approved in a year, read in
        // days order (SQLite skips from one day count to the next over the approval dates).
        builder.HasIndex(x => new { x.TurnaroundDays, x.ApprovedAt, x.LaboratoryCode }).HasDatabaseName("IX_WorkOrders_TurnaroundByApproval");
        // The KPI overdue count: only the open work orders (a few). The filter is the SQL that EF
        // writes for WorkOrder.OpenStatuses.Contains(Status), as SQLite uses a partial index only
        // for a query that repeats its filter; an IN list, which SQL Server's filtered indexes
        // accept (NOT IN they do not), in ANSI quotes that all three providers read.
        builder.HasIndex(x => new { x.LaboratoryCode, x.RegisteredAt }).HasDatabaseName("IX_WorkOrders_Open")
            .HasFilter($"\"Status\" IN ({string.Join(", ", WorkOrder.OpenStatuses.Select(s => $"'{s}'"))})");
        builder.HasVersion();
    }
}
