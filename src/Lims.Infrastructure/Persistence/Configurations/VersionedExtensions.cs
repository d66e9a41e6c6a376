using Lims.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lims.Infrastructure.Persistence.Configurations;

internal static class VersionedExtensions
{
    /// <summary><c>Version</c> is the optimistic concurrency token; <see cref="Auditing.VersionStamp"/> raises it.</summary>
    public static void HasVersion<T>(this EntityTypeBuilder<T> builder)
        where T : class, IVersioned =>
        builder.Property(x => x.Version).IsConcurrencyToken();
}
