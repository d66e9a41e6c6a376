using Lims.Domain.Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class CertificateChangeConfiguration : IEntityTypeConfiguration<CertificateChange>
{
    public void Configure(EntityTypeBuilder<CertificateChange> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.CertificateNo).HasMaxLength(48);
        builder.HasOne<Certificate>().WithMany().HasForeignKey(x => x.CertificateNo).HasPrincipalKey(x => x.CertificateNo).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.LaboratoryCode).HasMaxLength(16);
        builder.Property(x => x.Reason).HasMaxLength(1000);
        builder.Property(x => x.RequestedBy).HasMaxLength(64);
        builder.Property(x => x.DecidedBy).HasMaxLength(64);
        builder.Property(x => x.DecisionComment).HasMaxLength(1000);
        builder.Property(x => x.IssuedCertificateNo).HasMaxLength(48);
        // The approvers' list: a laboratory's requests by status, newest first; a certificate's own.
        builder.HasIndex(x => new { x.LaboratoryCode, x.Status, x.RequestedAt });
        builder.HasIndex(x => new { x.CertificateNo, x.Status });
        builder.HasVersion();
    }
}
