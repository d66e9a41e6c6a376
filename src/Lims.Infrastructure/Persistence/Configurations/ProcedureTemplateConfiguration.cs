using Lims.Application.Features.ProcedureTemplates;
using Lims.Domain.ProcedureTemplates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class ProcedureTemplateConfiguration : IEntityTypeConfiguration<ProcedureTemplate>
{
    /// <summary>The day the shipped templates were written; they carry it as their creation.</summary>
    private static readonly DateTimeOffset ShippedOn = new(2026, 12, 3, 0, 0, 0, TimeSpan.FromHours(8));

    public void Configure(EntityTypeBuilder<ProcedureTemplate> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.ProcedureCode).HasMaxLength(40);
        builder.Property(x => x.LaboratoryCode).HasMaxLength(16);
        builder.Property(x => x.CreatedBy).HasMaxLength(64);
        builder.Property(x => x.Definition);
        // One line of versions per procedure and laboratory; the shipped line has no laboratory
        // (NULLs are distinct in a unique index, so a shipped number is kept unique by the seed alone).
        builder.HasIndex(x => new { x.ProcedureCode, x.LaboratoryCode, x.Number }).IsUnique();
        builder.HasData(ShippedTemplates.All.Select(t => new
        {
            t.Id,
            t.ProcedureCode,
            LaboratoryCode = (string?)null,
            Number = 1,
            Definition = TemplateJson.Write(t.Definition),
            CreatedAt = ShippedOn,
            CreatedBy = "lims",
            BasedOn = (Guid?)null,
        }));
    }
}
