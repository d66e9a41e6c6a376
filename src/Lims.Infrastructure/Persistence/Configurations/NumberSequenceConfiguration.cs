using Lims.Domain.Numbering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class NumberSequenceConfiguration : IEntityTypeConfiguration<NumberSequence>
{
    public void Configure(EntityTypeBuilder<NumberSequence> builder)
    {
        builder.HasKey(x => new { x.LaboratoryCode, x.Kind, x.Year });
        builder.Property(x => x.LaboratoryCode).HasMaxLength(16);
        builder.Property(x => x.Year).ValueGeneratedNever();
    }
}
