using Lims.Domain.Certificates;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class CustomerNoticeConfiguration : IEntityTypeConfiguration<CustomerNotice>
{
    public void Configure(EntityTypeBuilder<CustomerNotice> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.AssetNo).HasMaxLength(40);
        builder.Property(x => x.LaboratoryCode).HasMaxLength(16);
        builder.Property(x => x.CertificateNo).HasMaxLength(48);
        builder.Property(x => x.ToldBy).HasMaxLength(64);
        builder.Property(x => x.Note).HasMaxLength(1000);
        // Told once per certificate and piece of equipment; the impact list joins on it.
        builder.HasIndex(x => new { x.EquipmentId, x.CertificateNo }).IsUnique();
        builder.HasOne<Equipment>().WithMany().HasForeignKey(x => x.EquipmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Certificate>().WithMany().HasForeignKey(x => x.CertificateNo).HasPrincipalKey(x => x.CertificateNo).OnDelete(DeleteBehavior.Restrict);
    }
}
