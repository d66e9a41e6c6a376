using Lims.Domain.Intake;
using Lims.Application.Common.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.HasKey(x => new { x.Scope, x.Key });
        builder.Property(x => x.Scope).HasMaxLength(200);
        builder.Property(x => x.Key).HasMaxLength(IdempotentRequests.MaxKeyLength);
        builder.Property(x => x.RequestHash).HasMaxLength(64);
        builder.HasIndex(x => x.CreatedAt);
    }
}
