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
        builder.Property(x => x.LaboratoryCode).HasMaxLength(16);
        // No foreign key: an authorisation granted before laboratories were recorded on it keeps an
        // empty code and counts for no laboratory until its quality manager grants it again.
        builder.HasIndex(x => new { x.LaboratoryCode, x.UserName });
        builder.Property(x => x.GrantedBy).HasMaxLength(64);
    }
}
