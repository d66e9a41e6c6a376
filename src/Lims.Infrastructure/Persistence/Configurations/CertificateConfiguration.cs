using Lims.Application.Features.Certificates;
using Lims.Domain.Certificates;
using Lims.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.CertificateNo).HasMaxLength(48);
        builder.HasIndex(x => x.CertificateNo).IsUnique();
        builder.HasOne<WorkOrder>().WithMany().HasForeignKey(x => x.WorkOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.LaboratoryCode).HasMaxLength(16);
        builder.Property(x => x.IssuedBy).HasMaxLength(64);
        builder.Property(x => x.VerificationCode).HasMaxLength(16);
        builder.Property(x => x.Sha256).HasMaxLength(64);
        builder.Property(x => x.RevocationReason).HasMaxLength(1000);
        builder.Property(x => x.AmendmentReason).HasMaxLength(1000);
        builder.Property(x => x.Supersedes).HasMaxLength(48);
        builder.Property(x => x.SupersededBy).HasMaxLength(48);
        builder.HasIndex(x => x.CustomerId);
        // The reports: coverage looks up an instrument's verifications by kind and date; the pass
        // rate and certificates by kind scan a year's issues city-wide.
        builder.HasIndex(x => new { x.InstrumentId, x.Kind, x.PerformedOn });
        builder.HasIndex(x => new { x.IssuedOn, x.Kind });
        builder.HasIndex(x => new { x.LaboratoryCode, x.IssuedOn });
        builder.HasVersion();
    }
}

internal sealed class CertificatePdfConfiguration : IEntityTypeConfiguration<CertificatePdf>
{
    public void Configure(EntityTypeBuilder<CertificatePdf> builder)
    {
        builder.ToTable("CertificatePdfs");
        builder.HasKey(x => x.CertificateNo);
        builder.Property(x => x.CertificateNo).HasMaxLength(48);
        builder.HasOne<Certificate>().WithOne().HasForeignKey<CertificatePdf>(x => x.CertificateNo).HasPrincipalKey<Certificate>(x => x.CertificateNo).OnDelete(DeleteBehavior.Restrict);
    }
}
