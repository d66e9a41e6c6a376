using Lims.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.CreditCode).HasMaxLength(18);
        builder.HasIndex(x => x.CreditCode).IsUnique();
        builder.HasIndex(x => x.Name);
        builder.Property(x => x.ContactName).HasMaxLength(100);
        builder.Property(x => x.Phone).HasMaxLength(30);
        builder.Property(x => x.Email).HasMaxLength(254);
        builder.Property(x => x.Address).HasMaxLength(300);
        builder.Property(x => x.District).HasMaxLength(50);
        builder.HasVersion();
    }
}
