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
        builder.Property(x => x.InstrumentTypeCode).HasMaxLength(32);
        builder.Property(x => x.IssuedBy).HasMaxLength(64);
        builder.Property(x => x.VerificationCode).HasMaxLength(16);
        builder.Property(x => x.Sha256).HasMaxLength(64);
        builder.Property(x => x.PrintedInstrumentType).HasMaxLength(200);
        builder.Property(x => x.PrintedSerialNumber).HasMaxLength(100);
        builder.Property(x => x.PrintedLaboratory).HasMaxLength(200);
        builder.Property(x => x.RevocationReason).HasMaxLength(1000);
        builder.Property(x => x.AmendmentReason).HasMaxLength(1000);
        builder.Property(x => x.Supersedes).HasMaxLength(48);
        builder.Property(x => x.SupersededBy).HasMaxLength(48);
        builder.HasIndex(x => x.CustomerId);
        // The KPI report (docs/reports.md) reads only these indexes, never the rows. Coverage: the
        // current verifications in instrument order (and an instrument's certificates by kind).
        // Pass rate: a year's issues per kind and type, and per kind and customer; SQLite walks
        // each (kind, type) or (kind, customer) range of issue dates in order, with no sorting.
        // One laboratory's the same way, the laboratory code read from the index (an index led by
        // the laboratory made SQLite read its range of dates and sort it, 2.5 times as long).
        builder.HasIndex(x => new { x.InstrumentId, x.Kind, x.PerformedOn, x.Revoked, x.SupersededBy, x.InstrumentTypeCode })
            .HasDatabaseName("IX_Certificates_Coverage");
        builder.HasIndex(x => new { x.Kind, x.InstrumentTypeCode, x.IssuedOn, x.Revoked, x.Supersedes, x.LaboratoryCode })
            .HasDatabaseName("IX_Certificates_PassRateByInstrumentType");
        builder.HasIndex(x => new { x.Kind, x.CustomerId, x.IssuedOn, x.Revoked, x.Supersedes, x.LaboratoryCode })
            .HasDatabaseName("IX_Certificates_PassRateByCustomer");
        builder.HasIndex(x => new { x.IssuedOn, x.Kind });
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
