using Lims.Domain.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class PriorVerificationConfiguration : IEntityTypeConfiguration<PriorVerification>
{
    public void Configure(EntityTypeBuilder<PriorVerification> builder)
    {
        builder.HasKey(x => x.InstrumentId);
        builder.Property(x => x.InstrumentId).ValueGeneratedNever();
        builder.HasOne<Instrument>().WithOne().HasForeignKey<PriorVerification>(x => x.InstrumentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.CertificateNo).HasMaxLength(100);
        builder.Property(x => x.IssuedBy).HasMaxLength(200);
        // Coverage (rule 11) reads the verifications from before Lims in instrument order with their dates.
        builder.HasIndex(x => new { x.InstrumentId, x.PerformedOn }).HasDatabaseName("IX_PriorVerifications_Coverage");
    }
}
