using Lims.Domain.Customers;
using Lims.Domain.Instruments;
using Lims.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class InstrumentConfiguration : IEntityTypeConfiguration<Instrument>
{
    public void Configure(EntityTypeBuilder<Instrument> builder)
    {
        builder.HasKey(x => x.Id);
        builder.HasOne<Customer>().WithMany().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.TypeCode).HasMaxLength(32);
        builder.HasOne<InstrumentType>().WithMany().HasForeignKey(x => x.TypeCode).HasPrincipalKey(x => x.Code).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Manufacturer).HasMaxLength(100);
        builder.Property(x => x.Model).HasMaxLength(100);
        builder.Property(x => x.SerialNumber).HasMaxLength(100);
        builder.Property(x => x.Range).HasMaxLength(100);
        builder.Property(x => x.AccuracyClass).HasMaxLength(50);
        builder.Property(x => x.Location).HasMaxLength(200);
        builder.Property(x => x.RetirementReason).HasMaxLength(500);
        builder.HasIndex(x => new { x.TypeCode, x.Manufacturer, x.SerialNumber }).IsUnique();
        builder.HasIndex(x => x.CustomerId);

        // The reception desk finds an instrument by its serial number alone.
        builder.HasIndex(x => x.SerialNumber);
        builder.HasIndex(x => x.NextDueOn);
        // The KPI coverage population: per type and use (compulsory by both, rule 16), the instruments
        // not retired (and the retired ones) by a day.
        builder.HasIndex(x => new { x.TypeCode, x.Usage, x.RetiredOn, x.Id }).HasDatabaseName("IX_Instruments_CoveragePopulation");
        // The same in instrument order, for one laboratory's coverage: merged with its work orders
        // and the certificates, which are in instrument order too.
        builder.HasIndex(x => new { x.Id, x.TypeCode, x.Usage, x.RetiredOn }).HasDatabaseName("IX_Instruments_CoverageByInstrument");
        builder.HasVersion();
    }
}
