using Lims.Domain.Customers;
using Lims.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.SubjectKey).HasMaxLength(100);

        // One reminder per subject and due date, however often and however concurrently the scan runs.
        builder.HasIndex(x => new { x.Kind, x.SubjectKey, x.DueOn }).IsUnique();
        builder.HasOne<Customer>().WithMany().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.RecipientName).HasMaxLength(200);
        builder.Property(x => x.ContactName).HasMaxLength(100);
        builder.Property(x => x.Phone).HasMaxLength(30);
        builder.Property(x => x.Email).HasMaxLength(254);
        builder.Property(x => x.LastError).HasMaxLength(1000);
        builder.HasIndex(x => new { x.Status, x.NextAttemptAt });
        builder.HasIndex(x => x.CreatedAt);
        builder.HasIndex(x => x.CustomerId);
        builder.Property(x => x.LaboratoryCode).HasMaxLength(16);
        builder.HasIndex(x => new { x.LaboratoryCode, x.CreatedAt });
        builder.HasVersion();
    }
}
