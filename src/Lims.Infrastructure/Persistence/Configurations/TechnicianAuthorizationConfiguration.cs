using Lims.Domain.Competence;
using Lims.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class TechnicianAuthorizationConfiguration : IEntityTypeConfiguration<TechnicianAuthorization>
{
    public void Configure(EntityTypeBuilder<TechnicianAuthorization> builder)
    {
        builder.ToTable("Authorizations");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.UserName).HasMaxLength(64);
        builder.Property(x => x.ProcedureCode).HasMaxLength(40);
        builder.Property(x => x.CertificateNo).HasMaxLength(50);
        builder.HasOne<Procedure>().WithMany().HasForeignKey(x => x.ProcedureCode).HasPrincipalKey(x => x.Code).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.UserName, x.ProcedureCode, x.CertificateNo }).IsUnique();
        builder.HasIndex(x => x.ValidUntil);
    }
}
