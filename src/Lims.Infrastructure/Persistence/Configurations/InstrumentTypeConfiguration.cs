using Lims.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class InstrumentTypeConfiguration : IEntityTypeConfiguration<InstrumentType>
{
    public void Configure(EntityTypeBuilder<InstrumentType> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Code).HasMaxLength(32);
        builder.HasIndex(x => x.Code).IsUnique();
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.ProcedureCode).HasMaxLength(40);
        builder.HasOne<Procedure>().WithMany().HasForeignKey(x => x.ProcedureCode).HasPrincipalKey(x => x.Code).OnDelete(DeleteBehavior.Restrict);
        // The catalogue's uses, as text like every enum: read with the type, never searched in SQL
        // (queries filter instruments by the (type, use) pairs the domain works out, CompulsoryPairs).
        builder.PrimitiveCollection(x => x.CompulsoryUses).ElementType(e => e.HasConversion<string>());
        builder.Property(x => x.Fee).HasPrecision(12, 2);
        builder.HasVersion();
    }
}
