using Lims.Domain.ReferenceData;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class MeasurementStandardConfiguration : IEntityTypeConfiguration<MeasurementStandard>
{
    public void Configure(EntityTypeBuilder<MeasurementStandard> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Code).HasMaxLength(32);
        builder.HasIndex(x => x.Code).IsUnique();
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.LaboratoryCode).HasMaxLength(16);
        builder.HasOne<Laboratory>().WithMany().HasForeignKey(x => x.LaboratoryCode).HasPrincipalKey(x => x.Code).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.LaboratoryCode, x.AssessmentValidUntil });
        builder.Property(x => x.AssessmentCertificateNo).HasMaxLength(100);
        builder.PrimitiveCollection(x => x.ProcedureCodes);
        builder.HasVersion();
    }
}
